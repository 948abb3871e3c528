package dev.leadline.jobs.platform;

/** The run is not in a state that allows the action; the message says why, in words. */
public class JobRunConflictException extends RuntimeException {

    public JobRunConflictException(String reason) {
        super(reason);
    }
}
