package dev.leadline.api.enrichment;

import dev.leadline.api.audit.AuditLog;
import dev.leadline.api.auth.CurrentUser;
import dev.leadline.api.system.formats.SpreadsheetCsv;
import dev.leadline.db.jooq.enums.EnrichmentItemState;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import dev.leadline.jobs.enrichment.EnrichmentEstimate;
import dev.leadline.jobs.enrichment.EnrichmentRuns;
import dev.leadline.jobs.enrichment.EnrichmentSettings;
import dev.leadline.jobs.enrichment.EnrichmentSettingsStore;
import dev.leadline.jobs.enrichment.EnrichmentStages;
import dev.leadline.jobs.platform.RunTrigger;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
import tools.jackson.databind.json.JsonMapper;

/** Bulk enrichment: stages, estimates, runs, item results and settings. */
@RestController
@RequestMapping(path = "/api/v1/enrichment", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "enrichment")
class EnrichmentController {

	private static final String WRITERS = "hasAnyRole('OWNER', 'ADMIN', 'MEMBER')";

	private final EnrichmentRuns runs;

	private final EnrichmentStages stages;

	private final EnrichmentSettingsStore settings;

	private final EnrichmentQueries queries;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	EnrichmentController(EnrichmentRuns runs, EnrichmentStages stages, EnrichmentSettingsStore settings,
			EnrichmentQueries queries, AuditLog audit, TransactionTemplate transactions, JsonMapper json) {
		this.json = json;
		this.runs = runs;
		this.stages = stages;
		this.settings = settings;
		this.queries = queries;
		this.audit = audit;
		this.transactions = transactions;
	}

	@GetMapping("/stages")
	@Operation(
			summary = "The enrichment stages: what each enriches, the fields it fills, the credits per delivered item")
	List<StageView> stages() {
		return this.stages.all()
			.stream()
			.map((stage) -> new StageView(stage.name(), stage.description(), stage.entity().label(), stage.fields(),
					stage.costPerItem(), stage.unavailableReason().isEmpty(), stage.unavailableReason().orElse(null)))
			.toList();
	}

	@PostMapping("/estimate")
	@Operation(summary = "What a run would do and cost, before anything runs: items selected, skipped as fresh, "
			+ "maximum and expected credits, and whether the available credits cover it")
	EnrichmentEstimate estimate(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody EnrichmentRequestBody body) {
		return this.runs.estimate(user.tenantId(), body.toRequest());
	}

	@PostMapping("/runs")
	@PreAuthorize(WRITERS)
	@Operation(summary = "Start a run: it holds its maximum (or budget), charges only delivered items and releases "
			+ "the rest. 402 when the available credits do not cover it, 409 when every item is fresh. "
			+ "With Idempotency-Key a repeated request answers the same run")
	ResponseEntity<StartedView> start(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody EnrichmentRequestBody body, @RequestHeader(name = "Idempotency-Key",
					required = false) @Size(min = 1, max = 200) String idempotencyKey) {
		EnrichmentRuns.Started started = this.runs.start(user.tenantId(), body.toRequest(),
				RunTrigger.api(user.userId()), idempotencyKey);
		if (started.ticket().created()) {
			this.audit.record(user.tenantId(), AuditLog.Actor.of(user), "enrichment.started",
					AuditLog.Target.of("job_run", started.ticket().runId()), Map.of("stage", started.estimate().stage(),
							"items", started.estimate().toEnrich(), "hold", started.estimate().hold()));
		}
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(URI.create("/api/v1/enrichment/runs/" + started.ticket().runId()))
			.body(new StartedView(started.ticket().runId(), started.ticket().created(), started.estimate()));
	}

	@GetMapping("/runs")
	@Operation(summary = "The tenant's enrichment runs, newest first; pass the last id as 'before' for the next page")
	List<EnrichmentRunView> runs(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @Positive Long before,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
		return read(() -> this.queries.runs(user.tenantId(), before, limit));
	}

	@GetMapping("/runs/{id}")
	@Operation(summary = "One run: status, counts found / not found / failed / pending, and its credits")
	EnrichmentRunView run(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long id) {
		return read(() -> this.queries.run(user.tenantId(), id));
	}

	@GetMapping("/runs/{id}/providers")
	@Operation(summary = "The run's calls to outside providers summed per provider: outcomes, latency, cost, tokens")
	List<ProviderUsageView> providers(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long id) {
		return read(() -> this.queries.providers(user.tenantId(), id));
	}

	@PostMapping("/runs/{id}/resume")
	@PreAuthorize(WRITERS)
	@Operation(summary = "Resume a stopped or failed run (e.g. after a top-up), optionally with a higher budget")
	ResponseEntity<EnrichmentRunView> resume(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long id,
			@Valid @RequestBody(required = false) ResumeRequest body) {
		read(() -> this.queries.run(user.tenantId(), id));
		this.runs.resume(user.tenantId(), id, (body != null) ? body.budget() : null);
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(read(() -> this.queries.run(user.tenantId(), id)));
	}

	@GetMapping("/runs/{id}/items")
	@Operation(summary = "The run's item results with reasons, in id order; pass 'next' as 'after' for the next page")
	EnrichmentItemPage items(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long id,
			@RequestParam(required = false) @Size(max = 5) List<EnrichmentItemState> state,
			@RequestParam(defaultValue = "0") @PositiveOrZero long after,
			@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
		return read(() -> this.queries.items(user.tenantId(), id, state, after, limit));
	}

	@GetMapping(path = "/runs/{id}/items.csv", produces = "text/csv")
	@Operation(summary = "The run's item results as CSV (UTF-8 with BOM): id, name, state, reason, credits, "
			+ "finished at, fields as JSON")
	ResponseEntity<StreamingResponseBody> itemsCsv(@AuthenticationPrincipal CurrentUser user,
			@PathVariable @Positive long id,
			@RequestParam(required = false) @Size(max = 5) List<EnrichmentItemState> state) {
		read(() -> this.queries.run(user.tenantId(), id));
		TenantScope scope = TenantContext.current().orElseThrow();
		StreamingResponseBody body = (out) -> {
			try (TenantContext.Entered ignored = TenantContext.enter(scope)) {
				Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
				writer.write(SpreadsheetCsv.BOM);
				SpreadsheetCsv.writeRow(writer,
						List.of("id", "name", "state", "reason", "credits", "finished_at", "fields"));
				this.queries.eachItem(user.tenantId(), id, state, (item) -> {
					try {
						SpreadsheetCsv.writeRow(writer,
								List.of(Long.toString(item.itemId()), String.valueOf(item.label()), item.state(),
										(item.reason() != null) ? item.reason() : "", Integer.toString(item.credits()),
										(item.finishedAt() != null) ? item.finishedAt().toString() : "",
										item.fields().isEmpty() ? "" : this.json.writeValueAsString(item.fields())));
					}
					catch (java.io.IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
				writer.flush();
			}
		};
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"enrichment-run-" + id + ".csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(body);
	}

	@GetMapping("/settings")
	@Operation(summary = "The tenant's freshness window and nightly re-enrichment")
	EnrichmentSettings settings(@AuthenticationPrincipal CurrentUser user) {
		return read(() -> this.settings.get(user.tenantId()));
	}

	@PutMapping("/settings")
	@PreAuthorize("hasAnyRole('OWNER', 'ADMIN')")
	@Operation(summary = "Change the freshness window and the nightly re-enrichment (stages, credit cap per night)")
	EnrichmentSettings putSettings(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody EnrichmentSettings body) {
		EnrichmentSettings saved = this.transactions.execute((status) -> this.settings.put(user.tenantId(), body));
		this.audit.record(user.tenantId(), AuditLog.Actor.of(user), "enrichment.settings_changed",
				AuditLog.Target.of("tenant", user.tenantId()), Map.of("freshnessDays", saved.freshnessDays(),
						"nightlyEnabled", saved.nightlyEnabled(), "nightlyCreditCap", saved.nightlyCreditCap()));
		return saved;
	}

	private <T> T read(java.util.function.Supplier<T> query) {
		return this.transactions.execute((status) -> query.get());
	}

}
