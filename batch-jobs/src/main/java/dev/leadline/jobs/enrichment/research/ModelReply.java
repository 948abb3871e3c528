package dev.leadline.jobs.enrichment.research;

/**
 * A language model's answer.
 *
 * @param refusal the model's refusal in its words, or null when it answered
 */
record ModelReply(String text, String refusal, int inputTokens, int outputTokens) {

	int tokens() {
		return this.inputTokens + this.outputTokens;
	}

}
