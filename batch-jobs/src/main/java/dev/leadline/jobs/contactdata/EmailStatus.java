package dev.leadline.jobs.contactdata;

import java.util.List;

/**
 * What is known of a contact's e-mail address: checked by enrichment, or not yet
 * ({@link #UNVERIFIED}).
 */
public final class EmailStatus {

	public static final String UNVERIFIED = "UNVERIFIED";

	public static final List<String> VALUES = List.of(UNVERIFIED, "VALID", "RISKY", "INVALID", "UNKNOWN");

	private EmailStatus() {
	}

	/**
	 * The status to show: the stored one, {@code UNVERIFIED} for an unchecked address,
	 * none without one.
	 */
	public static String of(String email, String stored) {
		return email == null ? null : stored == null ? UNVERIFIED : stored;
	}

}
