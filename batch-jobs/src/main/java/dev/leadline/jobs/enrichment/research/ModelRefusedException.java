package dev.leadline.jobs.enrichment.research;

/** The model declined to answer: the next provider is asked, this one not again. */
class ModelRefusedException extends RuntimeException {

	ModelRefusedException(String message) {
		super(message);
	}

}
