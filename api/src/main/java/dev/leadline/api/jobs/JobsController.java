package dev.leadline.api.jobs;

import dev.leadline.api.auth.CurrentUser;
import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.jobs.platform.RunTicket;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/jobs", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "jobs")
class JobsController {

	private final JobRunQueries queries;

	private final JobRunActions actions;

	private final TenantJobTriggers triggers;

	JobsController(JobRunQueries queries, JobRunActions actions, TenantJobTriggers triggers) {
		this.queries = queries;
		this.actions = actions;
		this.triggers = triggers;
	}

	@GetMapping
	@Transactional(readOnly = true)
	@Operation(summary = "The tenant's job runs, newest first, with progress")
	JobRunPage list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) List<JobRunStatus> status,
			@RequestParam(required = false) @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9_.-]*$") String job,
			@RequestParam(required = false) OffsetDateTime from, @RequestParam(required = false) OffsetDateTime to,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
			@RequestParam(required = false) @Size(max = 64) String cursor) {
		return queries.page(user.tenantId(), new JobRunQueries.Filter(status, job, from, to), limit, cursor);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(
			summary = "Start a job that may be started by name (e.g. the drill job, when enabled); 202 with the run. "
					+ "With Idempotency-Key the same key and body answer the same run; another body answers 422")
	ResponseEntity<RunAcceptedView> trigger(@AuthenticationPrincipal CurrentUser user,
			@RequestHeader(name = "Idempotency-Key", required = false) @Size(min = 1, max = 200) String idempotencyKey,
			@Valid @RequestBody TriggerJobRequest request) {
		RunTicket ticket = triggers.trigger(user, request, idempotencyKey);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(URI.create("/api/v1/jobs/" + ticket.runId()))
			.body(new RunAcceptedView(ticket.runId(), JobRunStatus.QUEUED, ticket.created()));
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	@Operation(summary = "A run: parameters, executions with step counts, progress, failure, allowed actions")
	JobRunDetailView detail(@PathVariable @Positive long id) {
		return queries.detail(id);
	}

	@GetMapping("/{id}/events")
	@Transactional(readOnly = true)
	@Operation(summary = "The run's own log: state changes, warnings, skipped items and why")
	JobRunEventPage events(@PathVariable @Positive long id,
			@RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit,
			@RequestParam(required = false) @Size(max = 64) String cursor) {
		return queries.events(id, limit, cursor);
	}

	@PostMapping("/{id}/stop")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Stop: a queued run at once, a running one at its next chunk boundary")
	JobRunDetailView stop(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long id) {
		return act(user, id, "stop");
	}

	@PostMapping("/{id}/restart")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Restart a FAILED or STOPPED run: it resumes after its last committed chunk with its "
			+ "original parameters; 409 with the reason otherwise")
	JobRunDetailView restart(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long id) {
		return act(user, id, "restart");
	}

	@PostMapping("/{id}/abandon")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Give up on a queued, failed or stopped run for good")
	JobRunDetailView abandon(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long id) {
		return act(user, id, "abandon");
	}

	@PostMapping("/{id}/recover")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Recover a run whose worker died (409 while its worker is alive)")
	JobRunDetailView recover(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long id) {
		return act(user, id, "recover");
	}

	private JobRunDetailView act(CurrentUser user, long id, String action) {
		actions.act(user, user.tenantId(), id, action);
		return queries.detail(id);
	}

}
