package dev.leadline.jobs.reports;

import static dev.leadline.db.jooq.Tables.REPORT_FILE;

import dev.leadline.jobs.files.FileStore;
import dev.leadline.jobs.platform.RunContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Renders a chunk's dossiers into the file store (in parallel, on the report renderers'
 * threads), then records them in one short transaction. Nothing is held while rendering:
 * the step runs without a transaction, and a file's row stays pending until that
 * transaction commits. A file stored under its key by a chunk that never committed (a
 * crash in between) is rendered again and replaced atomically, so a restart leaves
 * exactly one whole file per company.
 */
class DossierWriter implements ItemStreamWriter<Long> {

	private final DSLContext dsl;

	private final TransactionTemplate transactions;

	private final DossierQueries queries;

	private final DossierRenderer renderer;

	private final FileStore files;

	private final RunContext run;

	private final ExecutorService renderers;

	private Dossier.Branding branding;

	DossierWriter(DSLContext dsl, TransactionTemplate transactions, DossierQueries queries, DossierRenderer renderer,
			FileStore files, RunContext run, ExecutorService renderers) {
		this.renderers = renderers;
		this.dsl = dsl;
		this.transactions = transactions;
		this.queries = queries;
		this.renderer = renderer;
		this.files = files;
		this.run = run;
	}

	/** Temporary files of writes a killed worker left behind go before anything else. */
	@Override
	public void open(ExecutionContext executionContext) {
		try {
			this.files.discardPartials(ReportJob.directory(this.run.tenantId(), this.run.runId()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void write(Chunk<? extends Long> chunk) throws IOException {
		long tenantId = this.run.tenantId();
		long reportId = this.run.runId();
		if (this.branding == null) {
			this.branding = this.queries.branding(tenantId);
		}
		OffsetDateTime now = OffsetDateTime.now();
		Map<Long, Dossier> dossiers = this.queries.load(tenantId, List.copyOf(chunk.getItems()), this.branding, now);
		List<Callable<Query>> renderings = new ArrayList<>();
		for (long companyId : chunk.getItems()) {
			Dossier dossier = dossiers.get(companyId);
			if (dossier == null) {
				renderings.add(() -> failed(tenantId, reportId, companyId, "The company no longer exists."));
				continue;
			}
			String missing = this.renderer.missingGlyphs(dossier);
			if (!missing.isEmpty()) {
				this.run.warning("report.missing_glyphs", "The dossier of company " + companyId
						+ " has characters no embedded font can draw: " + missing);
			}
			renderings.add(() -> render(tenantId, reportId, dossier));
		}
		List<Query> outcomes = new ArrayList<>();
		try {
			for (Future<Query> outcome : this.renderers.invokeAll(renderings)) {
				outcomes.add(outcome.get());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while rendering dossiers", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			throw new IllegalStateException(ex.getCause());
		}
		this.transactions.executeWithoutResult((status) -> this.dsl.batch(outcomes).execute());
	}

	private Query render(long tenantId, long reportId, Dossier dossier) throws IOException {
		FileStore.StoredFile stored;
		try {
			stored = this.files.write(ReportJob.key(tenantId, reportId, dossier.companyId()), (out) -> {
				try {
					this.renderer.render(dossier, out);
				}
				catch (RuntimeException ex) {
					throw new RenderingFailedException(ex);
				}
			});
		}
		catch (RenderingFailedException ex) {
			return failed(tenantId, reportId, dossier.companyId(),
					"The dossier could not be rendered: " + ex.getCause().getMessage());
		}
		return this.dsl.update(REPORT_FILE)
			.set(REPORT_FILE.STATE, ReportFileState.COMPLETE)
			.set(REPORT_FILE.FILE_NAME, ReportFileNames.of(dossier.name(), dossier.companyId()))
			.set(REPORT_FILE.STORAGE_KEY, stored.key())
			.set(REPORT_FILE.SIZE_BYTES, stored.size())
			.set(REPORT_FILE.SHA256, stored.sha256())
			.set(REPORT_FILE.CREATED_AT, OffsetDateTime.now())
			.where(pending(tenantId, reportId, dossier.companyId()));
	}

	private Query failed(long tenantId, long reportId, long companyId, String reason) {
		return this.dsl.update(REPORT_FILE)
			.set(REPORT_FILE.STATE, ReportFileState.FAILED)
			.set(REPORT_FILE.REASON, reason)
			.where(pending(tenantId, reportId, companyId));
	}

	private static org.jooq.Condition pending(long tenantId, long reportId, long companyId) {
		return REPORT_FILE.TENANT_ID.eq(tenantId)
			.and(REPORT_FILE.REPORT_ID.eq(reportId))
			.and(REPORT_FILE.COMPANY_ID.eq(companyId))
			.and(REPORT_FILE.STATE.eq(ReportFileState.PENDING));
	}

	/** A dossier's own failure, as opposed to the file store's. */
	private static final class RenderingFailedException extends RuntimeException {

		RenderingFailedException(RuntimeException cause) {
			super(cause);
		}

	}

}
