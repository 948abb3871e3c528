package dev.leadline.api.imports;

import java.time.OffsetDateTime;

/**
 * An earlier import of the same file (same SHA-256) by the tenant.
 *
 * @param importId the earlier import
 * @param importedAt when it ran (its end, or its start while it runs)
 * @param message the warning as shown to people
 */
public record SameFileView(long importId, String fileName, OffsetDateTime importedAt, String message) {
}
