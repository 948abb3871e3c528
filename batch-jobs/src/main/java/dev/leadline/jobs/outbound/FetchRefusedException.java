package dev.leadline.jobs.outbound;

/**
 * A fetch the guard refused before or while it ran: nothing more is read, and the reason
 * is stable text for records ({@link Reason#code()}).
 */
public class FetchRefusedException extends RuntimeException {

	/** Why a fetch was refused. */
	public enum Reason {

		/** Not an absolute http or https URL, or one with user information. */
		MALFORMED_URL("malformed-url"),
		/** Any scheme but http and https. */
		SCHEME("scheme"),
		/** Any port but 80 and 443. */
		PORT("port"),
		/** The host is, or resolves to, an address that is not public. */
		FORBIDDEN_ADDRESS("forbidden-address"),
		/** The host does not resolve. */
		UNRESOLVABLE("unresolvable"),
		/** More redirects than allowed, or a redirect without a usable location. */
		REDIRECTS("redirects"),
		/** A body larger than the cap. */
		TOO_LARGE("too-large"),
		/** A content type the caller does not accept. */
		CONTENT_TYPE("content-type"),
		/** Called inside a database transaction or with a pooled connection bound. */
		TRANSACTION_ACTIVE("transaction-active");

		private final String code;

		Reason(String code) {
			this.code = code;
		}

		public String code() {
			return this.code;
		}

	}

	private final Reason reason;

	public FetchRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
