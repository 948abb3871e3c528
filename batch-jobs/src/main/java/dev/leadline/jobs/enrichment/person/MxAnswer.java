package dev.leadline.jobs.enrichment.person;

import java.util.List;

/**
 * What DNS said about a domain's mail.
 *
 * @param kind whether the domain accepts mail, does not, or could not be asked
 * @param hosts the mail exchangers by preference (lowest first); the domain itself when
 * it has no MX but an address (RFC 5321 implicit MX); empty otherwise
 * @param detail why, as a slug: {@code mx}, {@code implicit-mx}, {@code nxdomain},
 * {@code null-mx}, {@code no-records}, {@code timeout}, {@code servfail},
 * {@code refused}, {@code error}
 */
public record MxAnswer(Kind kind, List<String> hosts, String detail) {

	public MxAnswer {
		hosts = List.copyOf(hosts);
	}

	static MxAnswer hasMx(List<String> hosts, String detail) {
		return new MxAnswer(Kind.HAS_MX, hosts, detail);
	}

	static MxAnswer noMx(String detail) {
		return new MxAnswer(Kind.NO_MX, List.of(), detail);
	}

	static MxAnswer unavailable(String detail) {
		return new MxAnswer(Kind.UNAVAILABLE, List.of(), detail);
	}

	/** Whether a domain accepts mail. */
	public enum Kind {

		/** It has mail exchangers, or an address that serves as one. */
		HAS_MX,

		/**
		 * It does not accept mail: it does not exist (NXDOMAIN), has neither MX nor
		 * A/AAAA records, or publishes a null MX (RFC 7505).
		 */
		NO_MX,

		/** DNS did not answer in time or failed (timeout, SERVFAIL, REFUSED). */
		UNAVAILABLE

	}

}
