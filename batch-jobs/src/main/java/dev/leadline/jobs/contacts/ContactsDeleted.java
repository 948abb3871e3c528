package dev.leadline.jobs.contacts;

/** A bulk delete run ended ({@code status} is Spring Batch's), having deleted {@code deleted} contacts. */
public record ContactsDeleted(long runId, long tenantId, String status, long deleted) {
}
