package dev.leadline.jobs.credits;

import dev.leadline.jobs.problems.ProblemException;
import java.util.Map;

/** A run would need more credits than the tenant has available. */
public class InsufficientCreditsException extends ProblemException {

	private final long needed;

	private final long available;

	public InsufficientCreditsException(long needed, long available) {
		super(402, "insufficient-credits", "Not enough credits", "The run needs up to " + needed + " credits and "
				+ available + " are available; top up, lower its budget or select fewer items.");
		this.needed = needed;
		this.available = available;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("needed", this.needed, "available", this.available);
	}

}
