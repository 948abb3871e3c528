package dev.leadline.api.jobs;

import static dev.leadline.db.jooq.Tables.JOB_RUN;

import dev.leadline.api.audit.AuditLog;
import dev.leadline.api.auth.CurrentUser;
import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.jobs.platform.JobCatalog;
import dev.leadline.jobs.platform.JobRunNotFoundException;
import dev.leadline.jobs.platform.JobRuns;
import dev.leadline.jobs.platform.RunTicket;
import dev.leadline.jobs.platform.RunTrigger;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every tenant's runs, and the platform's own jobs, for platform admins. */
@RestController
@RequestMapping(path = "/api/v1/admin/jobs", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAuthority('PLATFORM_ADMIN')")
@Tag(name = "admin")
class AdminJobsController {

	private final JobRunQueries queries;

	private final JobRunActions actions;

	private final JobRuns runs;

	private final JobCatalog catalog;

	private final DSLContext dsl;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	AdminJobsController(JobRunQueries queries, JobRunActions actions, JobRuns runs, JobCatalog catalog, DSLContext dsl,
			AuditLog audit, TransactionTemplate transactions) {
		this.queries = queries;
		this.actions = actions;
		this.runs = runs;
		this.catalog = catalog;
		this.dsl = dsl;
		this.audit = audit;
		this.transactions = transactions;
	}

	@GetMapping
	@Operation(summary = "All tenants' job runs, newest first (platform admins)")
	JobRunPage list(@RequestParam(required = false) List<JobRunStatus> status,
			@RequestParam(required = false) @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9_.-]*$") String job,
			@RequestParam(required = false) OffsetDateTime from, @RequestParam(required = false) OffsetDateTime to,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
			@RequestParam(required = false) @Size(max = 64) String cursor) {
		return TenantContext
			.system(() -> queries.page(null, new JobRunQueries.Filter(status, job, from, to), limit, cursor));
	}

	@GetMapping("/platform-jobs")
	@Operation(summary = "The platform's own jobs an admin may start with POST /api/v1/admin/jobs, e.g. "
			+ "housekeepingJob (platform admins)")
	PlatformJobsView platformJobs() {
		return new PlatformJobsView(catalog.platformJobNames());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Any tenant's run (platform admins)")
	JobRunDetailView detail(@PathVariable @Positive long id) {
		return TenantContext.system(() -> queries.detail(id));
	}

	@GetMapping("/{id}/events")
	@Operation(summary = "Any run's own log (platform admins)")
	JobRunEventPage events(@PathVariable @Positive long id,
			@RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit,
			@RequestParam(required = false) @Size(max = 64) String cursor) {
		return TenantContext.system(() -> queries.events(id, limit, cursor));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Trigger a platform job (e.g. housekeepingJob). With Idempotency-Key, the same key and "
			+ "body answer the same run; the same key with another body answers 422")
	ResponseEntity<RunAcceptedView> trigger(@AuthenticationPrincipal CurrentUser admin,
			@RequestHeader(name = "Idempotency-Key", required = false) @Size(min = 1, max = 200) String idempotencyKey,
			@Valid @RequestBody TriggerJobRequest request) {
		catalog.requirePlatformJob(request.jobName());
		RunTicket ticket = TenantContext.system(() -> runs.trigger(null, request.jobName(),
				request.parameters() == null ? Map.of() : request.parameters(), RunTrigger.api(admin.userId()),
				idempotencyKey, null));
		if (ticket.created()) {
			TenantContext.system(() -> transactions.execute(tx -> {
				audit.record(null, AuditLog.Actor.of(admin), "job.triggered",
						AuditLog.Target.of("job_run", ticket.runId()), Map.of("job", request.jobName()));
				return null;
			}));
		}
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(URI.create("/api/v1/admin/jobs/" + ticket.runId()))
			.body(new RunAcceptedView(ticket.runId(), JobRunStatus.QUEUED, ticket.created()));
	}

	@PostMapping("/{id}/{action:stop|restart|abandon|recover}")
	@Operation(summary = "Stop, restart, abandon or recover any tenant's run (platform admins)")
	JobRunDetailView act(@AuthenticationPrincipal CurrentUser admin, @PathVariable @Positive long id,
			@PathVariable String action) {
		return TenantContext.system(() -> {
			Long tenantId = dsl.select(JOB_RUN.TENANT_ID)
				.from(JOB_RUN)
				.where(JOB_RUN.ID.eq(id))
				.fetchOptional(JOB_RUN.TENANT_ID)
				.orElseThrow(() -> new JobRunNotFoundException(id));
			actions.act(admin, tenantId, id, action);
			return queries.detail(id);
		});
	}

}
