package dev.leadline.jobs.csvimport.writing;

import static dev.leadline.db.jooq.Tables.CONTACT_IMPORT;
import static dev.leadline.db.jooq.Tables.CONTACT_IMPORT_STAGE;

import dev.leadline.jobs.csvimport.reading.ImportPlan;
import java.sql.Array;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.partition.PartitionNameProvider;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The second phase of an import: merges the staged rows into {@code contact}, set-based,
 * in e-mail order, a block of keys per transaction. The keys are split into ranges of
 * about equal size, one per partition, merged by concurrent sessions (PostgreSQL runs an
 * {@code INSERT} on one core; two ranges merged side by side took 50 s where one
 * statement took 68 s). Each block's transaction merges the block, deletes its rows from
 * the stage, adds to the import's counts and records the last key merged with the
 * partition's progress, so a restart merges exactly what is left.
 * <p>
 * Disjoint ranges never wait for each other's contacts; each block locks its rows in key
 * order.
 */
public final class StagedContactMerge {

	private static final Logger log = LoggerFactory.getLogger(StagedContactMerge.class);

	/** The partition's keys lie after this one ({@code ""} for the first). */
	static final String AFTER = "after";

	/** The partition's last key; absent for the last partition. */
	static final String UNTIL = "until";

	private final DSLContext dsl;

	private final ImportPlan plan;

	private final int blockSize;

	private final LongConsumer itemsInAll;

	/**
	 * @param itemsInAll told, when the second phase starts, the import's items in all:
	 * the rows read plus the staged rows to merge
	 */
	public StagedContactMerge(DSLContext dsl, ImportPlan plan, int blockSize, LongConsumer itemsInAll) {
		this.dsl = dsl;
		this.plan = plan;
		this.blockSize = blockSize;
		this.itemsInAll = itemsInAll;
	}

	/**
	 * Splits the staged keys into {@code gridSize} ranges of about equal size (empty ones
	 * when fewer keys than partitions are staged), and records how many rows are staged,
	 * the second phase's total. Runs once per import: a restart resumes the partitions it
	 * made.
	 */
	public Partitioner partitioner() {
		return new KeyRanges();
	}

	/**
	 * Names its partitions as well: on a restart Spring Batch then takes the partitions'
	 * saved contexts without calling {@link #partition} again, so the bounds and the
	 * second phase's total stay those of the first attempt.
	 */
	private final class KeyRanges implements Partitioner, PartitionNameProvider {

		@Override
		public Collection<String> getPartitionNames(int gridSize) {
			return IntStream.range(0, gridSize).mapToObj(i -> "partition" + i).toList();
		}

		@Override
		public Map<String, ExecutionContext> partition(int gridSize) {
			var totals = dsl.update(CONTACT_IMPORT)
				.set(CONTACT_IMPORT.STAGED,
						DSL.field(dsl.selectCount()
							.from(CONTACT_IMPORT_STAGE)
							.where(CONTACT_IMPORT_STAGE.IMPORT_ID.eq(plan.importId()))).cast(Long.class))
				.set(CONTACT_IMPORT.MERGED, 0L)
				.where(CONTACT_IMPORT.ID.eq(plan.importId()))
				.returning(CONTACT_IMPORT.ROWS_READ, CONTACT_IMPORT.STAGED)
				.fetchSingle();
			itemsInAll.accept(totals.getRowsRead() + totals.getStaged());
			String[] bounds = new String[0];
			if (gridSize > 1) {
				double[] fractions = new double[gridSize - 1];
				for (int i = 0; i < fractions.length; i++) {
					fractions[i] = (i + 1) / (double) gridSize;
				}
				bounds = dsl.connectionResult(connection -> {
					try (var statement = connection.prepareStatement("""
							SELECT percentile_disc(?::float8[]) WITHIN GROUP (ORDER BY email_key)
							FROM contact_import_stage WHERE import_id = ?""")) {
						Double[] boxed = java.util.Arrays.stream(fractions).boxed().toArray(Double[]::new);
						statement.setArray(1, connection.createArrayOf("float8", boxed));
						statement.setLong(2, plan.importId());
						try (var rows = statement.executeQuery()) {
							rows.next();
							Array keys = rows.getArray(1);
							return keys == null ? new String[0] : (String[]) keys.getArray();
						}
					}
				});
			}
			Map<String, ExecutionContext> partitions = new HashMap<>();
			String after = "";
			for (int i = 0; i < gridSize; i++) {
				ExecutionContext context = new ExecutionContext();
				context.putString(AFTER, after);
				String until = i < bounds.length ? bounds[i] : null;
				if (i < gridSize - 1) {
					// An empty stage has no bounds: every partition but the last is
					// empty.
					until = until == null ? "" : until;
					context.putString(UNTIL, until);
					after = until.compareTo(after) > 0 ? until : after;
				}
				partitions.put("partition" + i, context);
			}
			return partitions;
		}

	}

	/** Merges the partition's next block each time it is called. */
	public Tasklet blocks() {
		return this::mergeNextBlock;
	}

	private RepeatStatus mergeNextBlock(StepContribution contribution, ChunkContext chunk) {
		ExecutionContext progress = chunk.getStepContext().getStepExecution().getExecutionContext();
		if (!progress.containsKey(AFTER)) {
			// Partitions are found again by name on a restart: one of another name (a
			// version before the partitions took their manager's name) has no range here.
			throw new IllegalStateException("Import " + plan.importId()
					+ " was stopped while merging by an earlier version of Leadline and cannot resume its merge;"
					+ " upload the file again to import it");
		}
		String after = progress.getString(AFTER);
		String until = progress.containsKey(UNTIL) ? progress.getString(UNTIL) : null;
		if (until != null && until.compareTo(after) <= 0) {
			return RepeatStatus.FINISHED;
		}
		// Index lookups whatever the stage's statistics.
		dsl.execute(ArrayStatements.INDEX_LOOKUPS_ONLY);
		KeyRange partition = new KeyRange(after, until);
		String blockEnd = dsl
			.resultQuery(
					"SELECT email_key FROM contact_import_stage WHERE " + partition.where()
							+ " ORDER BY email_key OFFSET " + (blockSize - 1) + " LIMIT 1",
					partition.binds(plan.importId()))
			.fetchOne(0, String.class);
		boolean last = blockEnd == null;
		KeyRange block = last ? partition : new KeyRange(after, blockEnd);
		String where = block.where();
		Object[] blockBinds = block.binds(plan.importId());
		long start = System.nanoTime();
		String input = ContactUpsertSql.stagedInput(where);
		Object[] binds = new Object[blockBinds.length + 4];
		System.arraycopy(blockBinds, 0, binds, 0, blockBinds.length);
		binds[blockBinds.length] = plan.tenantId();
		binds[blockBinds.length + 1] = plan.importId();
		binds[blockBinds.length + 2] = plan.importId();
		binds[blockBinds.length + 3] = plan.importId();
		long[] counts = ArrayStatements.query(dsl, ContactUpsertSql.contactUpsert(plan.overwrite(), input), rows -> {
			rows.next();
			return new long[] { rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4) };
		}, binds);
		long rows = dsl.execute("DELETE FROM contact_import_stage WHERE " + where, blockBinds);
		long inserted = counts[0];
		long duplicates = counts[1];
		long updated = counts[2] - duplicates;
		long unchanged = rows - counts[3];
		dsl.update(CONTACT_IMPORT)
			.set(CONTACT_IMPORT.INSERTED, CONTACT_IMPORT.INSERTED.plus(inserted))
			.set(CONTACT_IMPORT.UPDATED, CONTACT_IMPORT.UPDATED.plus(updated))
			.set(CONTACT_IMPORT.UNCHANGED, CONTACT_IMPORT.UNCHANGED.plus(unchanged))
			.set(CONTACT_IMPORT.DUPLICATES, CONTACT_IMPORT.DUPLICATES.plus(duplicates))
			.set(CONTACT_IMPORT.MERGED, CONTACT_IMPORT.MERGED.plus(rows))
			.where(CONTACT_IMPORT.ID.eq(plan.importId()))
			.execute();
		contribution.incrementWriteCount(rows);
		if (log.isDebugEnabled()) {
			log.debug("Import {}: merged {} staged rows after '{}' in {} ms", plan.importId(), rows, after,
					(System.nanoTime() - start) / 1_000_000);
		}
		if (last) {
			return RepeatStatus.FINISHED;
		}
		progress.putString(AFTER, blockEnd);
		return RepeatStatus.CONTINUABLE;
	}

	/**
	 * The staged keys of one import after {@code after} up to and including {@code until}
	 * (to the end when null).
	 */
	record KeyRange(String after, String until) {

		String where() {
			return "import_id = ? AND email_key > ?" + ((until != null) ? " AND email_key <= ?" : "");
		}

		Object[] binds(long importId) {
			return (until != null) ? new Object[] { importId, after, until } : new Object[] { importId, after };
		}

	}

}
