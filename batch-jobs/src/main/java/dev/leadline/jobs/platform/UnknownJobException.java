package dev.leadline.jobs.platform;

/** No job of that name is registered. */
public class UnknownJobException extends RuntimeException {

    public UnknownJobException(String name) {
        super("There is no job named '" + name + "'.");
    }
}
