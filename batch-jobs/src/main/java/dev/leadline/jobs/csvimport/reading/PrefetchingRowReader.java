package dev.leadline.jobs.csvimport.reading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads and normalises rows on threads of their own, up to two chunks ahead of the step,
 * so the file is parsed and the rows normalised while PostgreSQL writes the chunk before:
 * the JVM's work and the database's overlap instead of taking turns. One thread parses
 * the file into batches of rows; a thread per core normalises batches side by side (phone
 * numbers are the costliest part of a row), and the step receives them in the file's
 * order.
 * <p>
 * Its position is the number of rows handed to the step, saved under the CSV reader's own
 * key with each chunk: rows read ahead but not yet committed are read again after a
 * restart, never skipped.
 */
public class PrefetchingRowReader implements ItemStreamReader<ImportRow> {

	/**
	 * The key {@link ContactCsvReader} keeps its position under (its name +
	 * ".read.count", an int).
	 */
	static final String POSITION = "contactCsvReader.read.count";

	/**
	 * The key under which the step's context keeps why reading stopped before the end of
	 * the file (a String), once the rows before it have been handed out.
	 */
	public static final String STOPPED_READING = "csvImport.stoppedReading";

	/**
	 * The key under which the step's context keeps the report footer skipped at the end
	 * of the file (a String naming its lines), once every row has been handed out.
	 */
	public static final String FOOTER_SKIPPED = "csvImport.footerSkipped";

	private static final Object END = new Object();

	/** Rows normalised as one task. */
	static final int BATCH = 250;

	private static final int NORMALISERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

	private final ContactCsvReader file;

	private final ContactRowNormaliser normaliser;

	/** Batches in file order: lists of rows, or what ended the file. */
	private final BlockingQueue<Future<Object>> ahead;

	private Thread worker;

	private ExecutorService normalisers;

	private Iterator<ImportRow> batch = Collections.emptyIterator();

	private int handedOut;

	private boolean ended;

	private String stoppedReading;

	private String footerSkipped;

	public PrefetchingRowReader(ContactCsvReader file, ContactRowNormaliser normaliser, int rowsAhead) {
		this.file = file;
		this.normaliser = normaliser;
		this.ahead = new ArrayBlockingQueue<>(Math.max(2, rowsAhead / BATCH));
	}

	@Override
	public void open(ExecutionContext context) {
		handedOut = context.getInt(POSITION, 0);
		stoppedReading = context.containsKey(STOPPED_READING) ? context.getString(STOPPED_READING) : null;
		footerSkipped = context.containsKey(FOOTER_SKIPPED) ? context.getString(FOOTER_SKIPPED) : null;
		ended = stoppedReading != null || footerSkipped != null;
		ahead.clear();
		batch = Collections.emptyIterator();
		file.open(context);
		AtomicInteger threads = new AtomicInteger();
		normalisers = Executors.newFixedThreadPool(NORMALISERS, task -> {
			Thread thread = new Thread(task, "csv-normalise-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		worker = new Thread(this::readAhead, "csv-prefetch");
		worker.setDaemon(true);
		worker.start();
	}

	private void readAhead() {
		try {
			List<SourceRow> rows = new ArrayList<>(BATCH);
			for (SourceRow row = file.read(); row != null; row = file.read()) {
				rows.add(row);
				if (rows.size() == BATCH) {
					ahead.put(normalise(rows));
					rows = new ArrayList<>(BATCH);
				}
			}
			if (!rows.isEmpty()) {
				ahead.put(normalise(rows));
			}
			String stopped = file.stoppedReading();
			String footer = file.footerSkipped();
			if (footer != null) {
				ahead.put(CompletableFuture.completedFuture(new Footer(footer)));
			}
			ahead.put(CompletableFuture.completedFuture(stopped == null ? END : new Stopped(stopped)));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Throwable failure) {
			try {
				ahead.put(CompletableFuture.completedFuture(new Failure(failure)));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private Future<Object> normalise(List<SourceRow> rows) {
		return normalisers.submit(() -> {
			List<ImportRow> normalised = new ArrayList<>(rows.size());
			for (SourceRow row : rows) {
				normalised.add(normaliser.process(row));
			}
			return normalised;
		});
	}

	@Override
	public ImportRow read() throws Exception {
		if (ended) {
			return null;
		}
		while (!batch.hasNext()) {
			Object next = next();
			if (next instanceof Footer footer) {
				footerSkipped = footer.lines();
				continue;
			}
			if (next == END) {
				ended = true;
				return null;
			}
			if (next instanceof Stopped stopped) {
				ended = true;
				stoppedReading = stopped.reason();
				return null;
			}
			if (next instanceof Failure failure) {
				ended = true;
				if (failure.cause() instanceof Exception exception) {
					throw exception;
				}
				throw new ItemStreamException(failure.cause());
			}
			@SuppressWarnings("unchecked")
			List<ImportRow> rows = (List<ImportRow>) next;
			batch = rows.iterator();
		}
		handedOut++;
		return batch.next();
	}

	/** The next batch or marker; a batch that failed to normalise as its failure. */
	private Object next() throws InterruptedException {
		try {
			return ahead.take().get();
		}
		catch (ExecutionException ex) {
			return new Failure(ex.getCause());
		}
	}

	@Override
	public void update(ExecutionContext context) {
		context.putInt(POSITION, handedOut);
		if (stoppedReading != null) {
			context.putString(STOPPED_READING, stoppedReading);
		}
		if (footerSkipped != null) {
			context.putString(FOOTER_SKIPPED, footerSkipped);
		}
	}

	@Override
	public void close() {
		if (worker != null) {
			worker.interrupt();
			try {
				worker.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			worker = null;
		}
		if (normalisers != null) {
			normalisers.shutdownNow();
			normalisers = null;
		}
		ahead.clear();
		batch = Collections.emptyIterator();
		file.close();
	}

	private record Failure(Throwable cause) {
	}

	private record Stopped(String reason) {
	}

	private record Footer(String lines) {
	}

}
