/**
 * The base type of conditions a caller caused
 * ({@link dev.leadline.jobs.problems.ProblemException}): every feature's exceptions
 * extend it, and the API turns it into problem details without knowing the feature.
 */
package dev.leadline.jobs.problems;
