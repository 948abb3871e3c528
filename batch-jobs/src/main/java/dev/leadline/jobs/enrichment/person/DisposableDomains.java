package dev.leadline.jobs.enrichment.person;

import java.util.Set;

/**
 * Throwaway mailbox providers, from {@code disposable-domains.txt} beside this class (its
 * header names the source and date). A subdomain of a listed domain is disposable too.
 */
final class DisposableDomains {

	private static final Set<String> DOMAINS = ResourceLines.load("disposable-domains.txt");

	private DisposableDomains() {
	}

	/** Whether the lower-case ASCII domain or one of its parent domains is listed. */
	static boolean contains(String asciiDomain) {
		String domain = asciiDomain;
		while (true) {
			if (DOMAINS.contains(domain)) {
				return true;
			}
			int dot = domain.indexOf('.');
			if (dot < 0 || domain.indexOf('.', dot + 1) < 0) {
				return false;
			}
			domain = domain.substring(dot + 1);
		}
	}

	static int size() {
		return DOMAINS.size();
	}

	static Set<String> all() {
		return DOMAINS;
	}

}
