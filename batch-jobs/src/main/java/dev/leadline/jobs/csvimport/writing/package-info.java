/**
 * Writing a chunk of normalised rows: merging duplicates within the chunk, linking or
 * creating companies, and upserting contacts with set-based array statements, counts
 * advanced in the same transaction.
 */
package dev.leadline.jobs.csvimport.writing;
