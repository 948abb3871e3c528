package dev.leadline.jobs.enrichment.person;

/**
 * Finds where a domain's mail goes. Implementations answer, never throw: a failure to ask
 * is {@link MxAnswer.Kind#UNAVAILABLE}.
 */
public interface MxLookup {

	/**
	 * The mail exchangers of a domain.
	 * @param asciiDomain the domain in its ASCII (punycode) form, lower case, without a
	 * trailing dot
	 */
	MxAnswer lookup(String asciiDomain);

}
