package dev.leadline.jobs.outbound;

/**
 * A provider gave no usable answer: its circuit breaker is open (nothing was sent), the
 * guard refused the call, or every attempt failed. Items it concerns are skipped or
 * failed without a charge, with {@link #getMessage()} as the reason.
 */
public class ProviderUnavailableException extends RuntimeException {

	private final String provider;

	private final boolean circuitOpen;

	public ProviderUnavailableException(String provider, boolean circuitOpen, String message, Throwable cause) {
		super(message, cause);
		this.provider = provider;
		this.circuitOpen = circuitOpen;
	}

	public String provider() {
		return this.provider;
	}

	/** Whether the call was not made at all because the provider's breaker is open. */
	public boolean circuitOpen() {
		return this.circuitOpen;
	}

}
