package dev.leadline.jobs.enrichment.person;

/**
 * What the Person stage concluded about one e-mail address.
 *
 * @param email the address normalised (lower case, domain in Unicode NFC as an IDN is
 * usually shown), or null when its syntax is invalid
 * @param asciiDomain the domain in ASCII (punycode) form, as DNS was asked, or null when
 * the syntax is invalid
 * @param status one of {@code VALID}, {@code RISKY}, {@code INVALID}, {@code UNKNOWN}
 * (the values of {@link dev.leadline.jobs.contactdata.EmailStatus})
 * @param reason why, as a slug: {@code valid}, {@code free-mail}, {@code role},
 * {@code disposable}, {@code no-mx}, {@code invalid-syntax}, {@code dns-unavailable}
 * @param role whether the local part names a shared inbox ({@code info@})
 * @param freeMail whether the domain is a free-mail provider's
 * @param disposable whether the domain is a throwaway mailbox provider's
 */
public record EmailVerdict(String email, String asciiDomain, String status, String reason, boolean role,
		boolean freeMail, boolean disposable) {

	public static final String VALID = "VALID";

	public static final String RISKY = "RISKY";

	public static final String INVALID = "INVALID";

	public static final String UNKNOWN = "UNKNOWN";

	static EmailVerdict invalidSyntax() {
		return new EmailVerdict(null, null, INVALID, "invalid-syntax", false, false, false);
	}

}
