package dev.leadline.jobs.csvimport;

/** How an import's file is read: its charset name, delimiter and quote character. */
record ImportSettings(String encoding, char delimiter, char quote) {
}
