package dev.leadline.jobs.enrichment.person;

import dev.leadline.jobs.contactdata.EmailAddresses;
import dev.leadline.jobs.contactdata.FreeMailDomains;

/**
 * Verifies e-mail addresses without sending mail: syntax, disposable domain, MX records,
 * role account, free-mail provider. The first decisive finding gives the status:
 * <ul>
 * <li>{@code INVALID}: the syntax is not an address ({@code invalid-syntax}), the domain
 * is a throwaway provider's ({@code disposable}, DNS is not asked), or the domain takes
 * no mail ({@code no-mx}: NXDOMAIN, no MX nor address, or a null MX);</li>
 * <li>{@code UNKNOWN}: DNS did not answer ({@code dns-unavailable});</li>
 * <li>{@code RISKY}: a shared inbox such as {@code info@} or {@code vertrieb@}
 * ({@code role}); deliverable, but it reaches no one in particular and such inboxes
 * complain more;</li>
 * <li>{@code VALID}: deliverable as far as DNS tells, either a personal address at a
 * company ({@code valid}) or at a free-mail provider ({@code free-mail}: deliverable, as
 * NeverBounce and ZeroBounce rate it, but not a business address; the
 * {@link EmailVerdict#freeMail()} flag says so).</li>
 * </ul>
 * The flags are set whatever the status. Safe for concurrent use when its
 * {@link MxLookup} is.
 */
public class EmailVerifier {

	private final MxLookup mx;

	public EmailVerifier(MxLookup mx) {
		this.mx = mx;
	}

	/** The verdict on one address; null or blank is {@code invalid-syntax}. */
	public EmailVerdict verify(String email) {
		EmailAddresses.Parsed parsed = (email != null) ? EmailAddresses.parse(email) : null;
		if (parsed == null) {
			return EmailVerdict.invalidSyntax();
		}
		boolean role = RoleAccounts.isRole(parsed.localPart());
		boolean freeMail = FreeMailDomains.contains(parsed.asciiDomain());
		boolean disposable = !freeMail && DisposableDomains.contains(parsed.asciiDomain());
		String status;
		String reason;
		if (disposable) {
			status = EmailVerdict.INVALID;
			reason = "disposable";
		}
		else {
			MxAnswer answer = this.mx.lookup(parsed.asciiDomain());
			if (answer.kind() == MxAnswer.Kind.NO_MX) {
				status = EmailVerdict.INVALID;
				reason = "no-mx";
			}
			else if (answer.kind() == MxAnswer.Kind.UNAVAILABLE) {
				status = EmailVerdict.UNKNOWN;
				reason = "dns-unavailable";
			}
			else if (role) {
				status = EmailVerdict.RISKY;
				reason = "role";
			}
			else {
				status = EmailVerdict.VALID;
				reason = freeMail ? "free-mail" : "valid";
			}
		}
		return new EmailVerdict(parsed.address(), parsed.asciiDomain(), status, reason, role, freeMail, disposable);
	}

}
