package dev.leadline.jobs.files;

/**
 * Object storage is configured but its bucket did not answer at start-up: the process
 * stops rather than accept uploads it cannot keep.
 */
public class ObjectStorageUnreachableException extends IllegalStateException {

	ObjectStorageUnreachableException(String message, Throwable cause) {
		super(message, cause);
	}

}
