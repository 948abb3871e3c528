package dev.leadline.jobs.enrichment.person;

import java.util.Set;

/**
 * Local parts of shared inboxes ({@code info@}, {@code vertrieb@}, {@code noreply@}),
 * from {@code role-accounts.txt} beside this class.
 */
final class RoleAccounts {

	private static final Set<String> LOCAL_PARTS = ResourceLines.load("role-accounts.txt");

	private RoleAccounts() {
	}

	/**
	 * Whether a lower-case local part is a role account: listed as it is (without a
	 * {@code +tag}), or a listed word followed by {@code . - _} and a two-letter country
	 * or language code, a number, or another listed word ({@code sales-de},
	 * {@code info.uk}, {@code support-2}, {@code support-team}); {@code sales.bob} is a
	 * person.
	 */
	static boolean isRole(String localPart) {
		String local = localPart;
		int plus = local.indexOf('+');
		if (plus > 0) {
			local = local.substring(0, plus);
		}
		if (LOCAL_PARTS.contains(local)) {
			return true;
		}
		int separator = firstSeparator(local);
		if (separator <= 0 || !LOCAL_PARTS.contains(local.substring(0, separator))) {
			return false;
		}
		String rest = local.substring(separator + 1);
		return isRegionOrNumber(rest) || LOCAL_PARTS.contains(rest);
	}

	private static boolean isRegionOrNumber(String suffix) {
		if (suffix.isEmpty()) {
			return false;
		}
		boolean digits = suffix.chars().allMatch((int c) -> c >= '0' && c <= '9');
		boolean region = suffix.length() == 2 && suffix.chars().allMatch((int c) -> c >= 'a' && c <= 'z');
		return digits || region;
	}

	private static int firstSeparator(String local) {
		for (int i = 0; i < local.length(); i++) {
			char c = local.charAt(i);
			if (c == '.' || c == '-' || c == '_') {
				return i;
			}
		}
		return -1;
	}

}
