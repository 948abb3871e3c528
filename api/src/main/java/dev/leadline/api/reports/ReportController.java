package dev.leadline.api.reports;

import dev.leadline.api.audit.AuditLog;
import dev.leadline.api.auth.CurrentUser;
import dev.leadline.api.system.problems.NotFoundException;
import dev.leadline.db.jooq.tables.records.ReportFileRecord;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import dev.leadline.jobs.files.FileStore;
import dev.leadline.jobs.platform.RunTicket;
import dev.leadline.jobs.platform.RunTrigger;
import dev.leadline.jobs.reports.ReportZip;
import dev.leadline.jobs.reports.Reports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Company dossiers: start a report, follow it, download its PDFs; the tenant's branding.
 */
@RestController
@RequestMapping(path = "/api/v1/reports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "reports")
class ReportController {

	private static final String WRITERS = "hasAnyRole('OWNER', 'ADMIN', 'MEMBER')";

	private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private final Reports reports;

	private final ReportQueries queries;

	private final BrandingStore branding;

	private final ReportZip zip;

	private final FileStore files;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	ReportController(Reports reports, ReportQueries queries, BrandingStore branding, ReportZip zip, FileStore files,
			AuditLog audit, TransactionTemplate transactions) {
		this.reports = reports;
		this.queries = queries;
		this.branding = branding;
		this.zip = zip;
		this.files = files;
		this.audit = audit;
		this.transactions = transactions;
	}

	@PostMapping
	@PreAuthorize(WRITERS)
	@Operation(summary = "Start a report: one PDF dossier per selected company (ids, or the companies browse "
			+ "filters), rendered in the background. 422 when it selects no company. With Idempotency-Key a "
			+ "repeated request answers the same report")
	ResponseEntity<StartedReportView> start(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody ReportRequestBody body, @RequestHeader(name = "Idempotency-Key",
					required = false) @Size(min = 1, max = 200) String idempotencyKey) {
		RunTicket ticket = this.reports.start(user.tenantId(), body.toRequest(), RunTrigger.api(user.userId()),
				idempotencyKey);
		if (ticket.created()) {
			this.audit.record(user.tenantId(), AuditLog.Actor.of(user), "report.started",
					AuditLog.Target.of("report", ticket.runId()),
					Map.of("selection", (body.ids() != null) ? "ids" : "filter"));
		}
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(URI.create("/api/v1/reports/" + ticket.runId()))
			.body(new StartedReportView(ticket.runId(), ticket.created()));
	}

	@GetMapping
	@Operation(summary = "The tenant's reports, newest first, with progress; pass the last id as 'before' for the "
			+ "next page")
	List<ReportView> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @Positive Long before,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
		return read(() -> this.queries.reports(user.tenantId(), before, limit));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One report: status, progress, and a page of its files (state, name, size, SHA-256) in id "
			+ "order; pass 'nextAfter' as 'after' for the next page")
	ReportDetailView detail(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long id,
			@RequestParam(defaultValue = "0") @PositiveOrZero long after,
			@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
		return read(() -> this.queries.detail(user.tenantId(), id, after, limit));
	}

	@GetMapping(path = "/{id}/files/{fileId}", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "One dossier as a PDF attachment; 410 once the report's files are past the retention")
	ResponseEntity<StreamingResponseBody> file(@AuthenticationPrincipal CurrentUser user,
			@PathVariable @Positive long id, @PathVariable @Positive long fileId) {
		ReportFileRecord file = read(() -> this.queries.completeFile(user.tenantId(), id, fileId));
		if (!this.files.exists(file.getStorageKey())) {
			throw new NotFoundException("report file", fileId);
		}
		StreamingResponseBody body = (out) -> {
			try (InputStream in = this.files.read(file.getStorageKey())) {
				in.transferTo(out);
			}
		};
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.getFileName()).build().toString())
			.contentType(MediaType.APPLICATION_PDF)
			.contentLength(file.getSizeBytes())
			.eTag("\"" + file.getSha256() + "\"")
			.body(body);
	}

	@GetMapping(path = "/{id}/zip", produces = "application/zip")
	@Operation(summary = "Every complete dossier of the report as one ZIP, streamed as it is written; 410 once the "
			+ "files are past the retention")
	ResponseEntity<StreamingResponseBody> zip(@AuthenticationPrincipal CurrentUser user,
			@PathVariable @Positive long id) {
		ReportQueries.requireFiles(read(() -> this.queries.report(user.tenantId(), id)));
		TenantScope scope = TenantContext.current().orElseThrow();
		StreamingResponseBody body = (out) -> {
			try (TenantContext.Entered ignored = TenantContext.enter(scope)) {
				this.zip.write(user.tenantId(), id, out);
			}
		};
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("report-" + id + ".zip").build().toString())
			.contentType(ZIP)
			.body(body);
	}

	@GetMapping("/branding")
	@Operation(summary = "How the tenant's dossiers look: name, accent colour, logo")
	BrandingView branding(@AuthenticationPrincipal CurrentUser user) {
		return read(() -> this.branding.get(user.tenantId()));
	}

	@PutMapping("/branding")
	@PreAuthorize("hasAnyRole('OWNER', 'ADMIN')")
	@Operation(summary = "Change the tenant's branding: display name, colour (#RRGGBB), logo (PNG or JPEG, base64, at "
			+ "most 256 KB); reports started afterwards use it")
	BrandingView putBranding(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody BrandingView body) {
		BrandingView saved = this.transactions.execute((status) -> this.branding.put(user.tenantId(), body));
		this.audit.record(user.tenantId(), AuditLog.Actor.of(user), "report.branding_changed",
				AuditLog.Target.of("tenant", user.tenantId()), Map.of("logo", saved.logo() != null));
		return saved;
	}

	private <T> T read(Supplier<T> query) {
		return this.transactions.execute((status) -> query.get());
	}

}
