package dev.leadline.jobs.csvimport.reading;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads and normalises rows on a thread of its own, up to two chunks ahead of the step,
 * so the file is parsed and the rows normalised while PostgreSQL writes the chunk before:
 * the JVM's work and the database's overlap instead of taking turns.
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

	private final ContactCsvReader file;

	private final ContactRowNormaliser normaliser;

	private final BlockingQueue<Object> ahead;

	private Thread worker;

	private int handedOut;

	private boolean ended;

	private String stoppedReading;

	private String footerSkipped;

	public PrefetchingRowReader(ContactCsvReader file, ContactRowNormaliser normaliser, int rowsAhead) {
		this.file = file;
		this.normaliser = normaliser;
		this.ahead = new ArrayBlockingQueue<>(rowsAhead);
	}

	@Override
	public void open(ExecutionContext context) {
		handedOut = context.getInt(POSITION, 0);
		stoppedReading = context.containsKey(STOPPED_READING) ? context.getString(STOPPED_READING) : null;
		footerSkipped = context.containsKey(FOOTER_SKIPPED) ? context.getString(FOOTER_SKIPPED) : null;
		ended = stoppedReading != null || footerSkipped != null;
		ahead.clear();
		file.open(context);
		worker = new Thread(this::readAhead, "csv-prefetch");
		worker.setDaemon(true);
		worker.start();
	}

	private void readAhead() {
		try {
			for (SourceRow row = file.read(); row != null; row = file.read()) {
				ahead.put(normaliser.process(row));
			}
			String stopped = file.stoppedReading();
			String footer = file.footerSkipped();
			if (footer != null) {
				ahead.put(new Footer(footer));
			}
			ahead.put(stopped == null ? END : new Stopped(stopped));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Throwable failure) {
			try {
				ahead.put(new Failure(failure));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public ImportRow read() throws Exception {
		if (ended) {
			return null;
		}
		Object next = ahead.take();
		if (next instanceof Footer footer) {
			footerSkipped = footer.lines();
			next = ahead.take();
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
		handedOut++;
		return (ImportRow) next;
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
		ahead.clear();
		file.close();
	}

	private record Failure(Throwable cause) {
	}

	private record Stopped(String reason) {
	}

	private record Footer(String lines) {
	}

}
