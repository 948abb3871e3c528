package dev.leadline.jobs.csvimport.reading;

/** How an import's file is read: its charset name, delimiter and quote character. */
public record ImportSettings(String encoding, char delimiter, char quote) {
}
