/**
 * Reading an import's file row by row within size limits (on a prefetching thread) and
 * normalising each row into the contact it describes, with the issues found in it.
 */
package dev.leadline.jobs.csvimport.reading;
