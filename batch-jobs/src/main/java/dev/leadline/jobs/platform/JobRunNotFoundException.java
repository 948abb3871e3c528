package dev.leadline.jobs.platform;

/** No run with that id is visible in the caller's scope. */
public class JobRunNotFoundException extends RuntimeException {

    public JobRunNotFoundException(long id) {
        super("There is no job run with id " + id + ".");
    }
}
