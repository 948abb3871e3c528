package dev.leadline.jobs.platform;

import dev.leadline.jobs.problems.ProblemException;

/** The Idempotency-Key was used before with a different request. */
public class IdempotencyKeyReusedException extends ProblemException {

	public IdempotencyKeyReusedException(String key) {
		super(422, "idempotency-key-reused", "Idempotency-Key already used",
				"The Idempotency-Key '" + key + "' was already used for a different request; use a new key.");
	}

}
