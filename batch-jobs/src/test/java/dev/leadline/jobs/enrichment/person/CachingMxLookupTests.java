package dev.leadline.jobs.enrichment.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachingMxLookupTests {

	private static final MxAnswer ACME = new MxAnswer(MxAnswer.Kind.HAS_MX, List.of("mx.acme.test"), "mx");

	@Test
	void asksOncePerDomain() {
		CountingLookup delegate = new CountingLookup();
		CachingMxLookup cache = new CachingMxLookup(delegate, 100);
		for (int i = 0; i < 5; i++) {
			assertThat(cache.lookup("acme.test")).isEqualTo(ACME);
			cache.lookup("other.test");
		}
		assertThat(delegate.calls).isEqualTo(2);
	}

	@Test
	void unavailableAnswersAreKeptToo() {
		CountingLookup delegate = new CountingLookup();
		CachingMxLookup cache = new CachingMxLookup(delegate, 100);
		cache.lookup("slow.test");
		cache.lookup("slow.test");
		assertThat(delegate.calls).isEqualTo(1);
	}

	@Test
	void concurrentCallersShareTheLookupInFlight() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch entered = new CountDownLatch(1);
		AtomicInteger calls = new AtomicInteger();
		CachingMxLookup cache = new CachingMxLookup((domain) -> {
			calls.incrementAndGet();
			entered.countDown();
			awaitQuietly(release);
			return ACME;
		}, 100);
		int callers = 8;
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		List<Thread> threads = new ArrayList<>();
		ConcurrentHashMap<Thread, Boolean> started = new ConcurrentHashMap<>();
		try {
			List<Future<MxAnswer>> answers = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				answers.add(pool.submit(() -> {
					started.put(Thread.currentThread(), true);
					return cache.lookup("acme.test");
				}));
			}
			entered.await();
			while (started.size() < callers || !othersAreWaiting(started.keySet())) {
				Thread.sleep(1);
			}
			threads.addAll(started.keySet());
			release.countDown();
			for (Future<MxAnswer> answer : answers) {
				assertThat(answer.get()).isEqualTo(ACME);
			}
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
		assertThat(threads).hasSize(callers);
		assertThat(calls).hasValue(1);
	}

	@Test
	void leastRecentlyUsedDomainsAreForgottenBeyondTheMaximum() {
		CountingLookup delegate = new CountingLookup();
		CachingMxLookup cache = new CachingMxLookup(delegate, 2);
		cache.lookup("a.test");
		cache.lookup("b.test");
		cache.lookup("c.test");
		assertThat(cache.size()).isLessThanOrEqualTo(2);
	}

	/** All but the one running the lookup are parked waiting for it. */
	private static boolean othersAreWaiting(Iterable<Thread> threads) {
		int waiting = 0;
		int total = 0;
		for (Thread thread : threads) {
			total++;
			Thread.State state = thread.getState();
			if (state == Thread.State.WAITING || state == Thread.State.BLOCKED) {
				waiting++;
			}
		}
		// the loading thread waits on the release latch, so every thread is parked
		return waiting == total;
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static final class CountingLookup implements MxLookup {

		private int calls;

		@Override
		public synchronized MxAnswer lookup(String asciiDomain) {
			this.calls++;
			return asciiDomain.equals("acme.test") ? ACME : MxAnswer.unavailable("timeout");
		}

	}

}
