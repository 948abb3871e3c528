/**
 * How a file's columns map to contact fields: suggestions from headers (synonyms, the
 * tenant's memory) and values, the optional language-model refinement, and the rules a
 * confirmed mapping must follow.
 */
package dev.leadline.jobs.csvimport.mapping;
