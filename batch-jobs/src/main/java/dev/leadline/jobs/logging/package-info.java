/**
 * The ids every log line carries: tenant, user, run and job in SLF4J's logging context
 * ({@link dev.leadline.jobs.logging.LoggingContext}), and executors that hand them on to
 * the threads work is passed to.
 */
package dev.leadline.jobs.logging;
