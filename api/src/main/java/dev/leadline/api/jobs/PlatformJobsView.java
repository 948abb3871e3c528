package dev.leadline.api.jobs;

import java.util.List;

/** The platform's own jobs (run in the system scope) that an admin may start, by name. */
public record PlatformJobsView(List<String> jobNames) {
}
