package dev.leadline.api.system;

import java.net.URI;

/** Stable problem type URIs: clients switch on these, never on titles. */
public final class ProblemTypes {

    public static final String BASE = "https://leadline.dev/problems/";

    private ProblemTypes() {
    }

    public static URI of(String slug) {
        return URI.create(BASE + slug);
    }
}
