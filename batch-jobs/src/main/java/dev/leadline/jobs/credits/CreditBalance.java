package dev.leadline.jobs.credits;

/**
 * A tenant's credits.
 *
 * @param balance what the tenant owns: top-ups and refunds less charges
 * @param held what running jobs have reserved of it
 */
public record CreditBalance(long balance, long held) {

	public static final CreditBalance NONE = new CreditBalance(0, 0);

	/** What a new run may hold. */
	public long available() {
		return this.balance - this.held;
	}

}
