/**
 * The one way out of the process: {@link dev.leadline.jobs.outbound.GuardedFetcher}
 * fetches a URL only after checking its scheme, port and every address it resolves to
 * (once, then connects to exactly that address), within time and size limits; and
 * {@link dev.leadline.jobs.outbound.Providers} calls configured outside providers through
 * it, with rate limits, retries and circuit breakers, recording every call. Nothing here
 * runs inside a database transaction.
 */
package dev.leadline.jobs.outbound;
