package dev.leadline.jobs.enrichment.research;

/**
 * The tokens one company may use, input and output, every attempt and provider included.
 * Input is estimated before a call at four characters a token; what an answer reports is
 * what is spent.
 */
final class TokenBudget {

	/** The budget cannot pay for another call. */
	static final class SpentException extends RuntimeException {

		SpentException(String message) {
			super(message);
		}

	}

	private final int total;

	private int spent;

	TokenBudget(int total) {
		this.total = total;
	}

	/**
	 * @return the output tokens the next call may ask for
	 * @throws SpentException when not even a short answer fits
	 */
	int allow(int inputChars, int maxOutput) {
		int left = this.total - this.spent - (inputChars / 4 + 1);
		if (left < 100) {
			throw new SpentException("The token budget of " + this.total + " per company is spent (" + this.spent
					+ " used); the next call would need about " + (inputChars / 4 + 100));
		}
		return Math.min(maxOutput, left);
	}

	void spend(int tokens) {
		this.spent += tokens;
	}

	int spent() {
		return this.spent;
	}

}
