package dev.leadline.jobs.drill;

/** The failure a drill asked for. */
class DrillFailureException extends RuntimeException {

	DrillFailureException(int item) {
		super("Planned drill failure at item " + item);
	}

}
