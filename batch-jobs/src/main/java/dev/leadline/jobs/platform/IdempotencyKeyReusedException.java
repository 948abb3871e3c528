package dev.leadline.jobs.platform;

/** The Idempotency-Key was used before with a different request. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("The Idempotency-Key '" + key + "' was already used for a different request; use a new key.");
    }
}
