package dev.leadline.api.companies;

import dev.leadline.api.auth.CurrentUser;
import dev.leadline.api.jobs.RunAcceptedView;
import dev.leadline.api.system.database.ReadRouting;
import dev.leadline.api.system.database.ReplicaRead;
import dev.leadline.api.system.formats.SpreadsheetCsv;
import dev.leadline.api.system.paging.Keyset;
import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import dev.leadline.jobs.platform.RunTicket;
import dev.leadline.jobs.selection.CompanyFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping(path = "/api/v1/companies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "companies")
class CompanyController {

	private static final String WRITERS = "hasAnyRole('OWNER', 'ADMIN', 'MEMBER')";

	private final CompanyQueries queries;

	private final CompanyActions actions;

	private final TransactionTemplate readOnly;

	CompanyController(CompanyQueries queries, CompanyActions actions, TransactionTemplate transactions) {
		this.queries = queries;
		this.actions = actions;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
	}

	@GetMapping
	@Transactional(readOnly = true)
	@ReplicaRead
	@Operation(summary = "A page of the tenant's companies with their contact counts (keyset: pass nextCursor back "
			+ "with the same sort and filters); total only with count=true")
	CompanyPage list(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "Substring of the name or domain (case-insensitive)") @RequestParam(
					required = false) @Size(max = 200) String q,
			@Parameter(description = "ISO 3166 alpha-2 codes (repeatable)") @RequestParam(required = false) @Size(
					max = 50) List<@Pattern(regexp = "^[A-Z]{2}$",
							message = "must be an ISO country code such as DE") String> country,
			@Parameter(description = "Only companies with (true) or without (false) a domain") @RequestParam(
					required = false) Boolean hasDomain,
			@Parameter(description = "name (default), -name, created, -created, updated, -updated") @RequestParam(
					required = false) @Size(max = 20) String sort,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
			@RequestParam(required = false) @Size(max = 2000) String cursor,
			@RequestParam(defaultValue = "false") boolean count) {
		return queries.page(user.tenantId(), new CompanyQueries.Filter(q, country, hasDomain), CompanySort.parse(sort),
				cursor, limit, count);
	}

	@GetMapping(path = "/export", produces = "text/csv")
	@ReplicaRead
	@Operation(summary = "Every company matching the filters as CSV (UTF-8 with BOM, spreadsheet-safe), streamed; "
			+ "audited as company.exported")
	ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal CurrentUser user,
			@ParameterObject @Valid CompanyFilterParams filter,
			@RequestParam(required = false) @Size(max = 20) String sort) {
		CompanyFilter companies = filter.toFilter();
		Keyset.Order order = CompanySort.parse(sort);
		long tenantId = user.tenantId();
		actions.exported(user, described(filter));
		// The body is written on another thread: it carries the request's tenant scope
		// along.
		TenantScope scope = TenantContext.current().orElseThrow();
		StreamingResponseBody body = out -> {
			try (TenantContext.Entered ignored = TenantContext.enter(scope)) {
				Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
				writer.write(SpreadsheetCsv.BOM);
				SpreadsheetCsv.writeRow(writer, CompanyCsv.HEADER);
				ReadRouting.replica(() -> readOnly
					.executeWithoutResult(status -> queries.forEach(tenantId, companies, order, company -> {
						try {
							SpreadsheetCsv.writeRow(writer, CompanyCsv.row(company));
						}
						catch (IOException e) {
							throw new UncheckedIOException(e);
						}
					})));
				writer.flush();
			}
		};
		return csvAttachment("companies.csv").body(body);
	}

	@PostMapping(path = "/selection/export", consumes = MediaType.APPLICATION_JSON_VALUE, produces = "text/csv")
	@Operation(summary = "The selected companies as CSV, like the export (up to 1,000 ids; others' ids left out); "
			+ "audited as company.exported")
	ResponseEntity<byte[]> exportSelected(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody CompanySelectionRequest selection,
			@RequestParam(required = false) @Size(max = 20) String sort) throws IOException {
		Keyset.Order order = CompanySort.parse(sort);
		List<CompanyView> selected = readOnly
			.execute(status -> queries.selected(user.tenantId(), selection.ids(), order));
		actions.exported(user, Map.of("selection", selected.size()));
		StringWriter csv = new StringWriter();
		csv.write(SpreadsheetCsv.BOM);
		SpreadsheetCsv.writeRow(csv, CompanyCsv.HEADER);
		for (CompanyView company : selected) {
			SpreadsheetCsv.writeRow(csv, CompanyCsv.row(company));
		}
		return csvAttachment("companies-selected.csv").body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping(path = "/selection/delete", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(WRITERS)
	@Operation(summary = "Delete the selected companies at once (up to 1,000 ids; others' and unknown ids are left "
			+ "out and not counted); their contacts stay, without a company; each is audited as company.deleted")
	CompanySelectionDeletedView deleteSelected(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody CompanySelectionRequest selection) {
		return actions.deleteSelected(user, selection.ids());
	}

	@PostMapping(path = "/bulk-delete", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyRole('OWNER', 'ADMIN')")
	@Operation(summary = "Delete every company matching the filters (as they match now) in a job; their contacts "
			+ "stay, without a company; 202 with the run (owners and admins). An empty filter deletes all the "
			+ "tenant's companies.")
	ResponseEntity<RunAcceptedView> bulkDelete(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody CompanyFilterParams filter, @RequestHeader(name = "Idempotency-Key",
					required = false) @Size(min = 1, max = 200) String idempotencyKey) {
		RunTicket ticket = actions.bulkDelete(user, filter.toFilter(), idempotencyKey);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(URI.create("/api/v1/jobs/" + ticket.runId()))
			.body(new RunAcceptedView(ticket.runId(), JobRunStatus.QUEUED, ticket.created()));
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	@Operation(summary = "A company with a summary of its contacts (list them with GET /api/v1/contacts?companyId=)")
	CompanyDetailView detail(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long id) {
		return queries.detail(user.tenantId(), id);
	}

	@PatchMapping(path = "/{id}", consumes = { MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json" })
	@PreAuthorize(WRITERS)
	@Operation(summary = "Change a company's fields (merge patch); a new website sets the domain; 409 when another "
			+ "company has that domain")
	CompanyDetailView patch(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long id,
			@Valid @RequestBody CompanyPatchRequest patch) {
		actions.patch(user, id, patch);
		return readOnly.execute(status -> queries.detail(user.tenantId(), id));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize(WRITERS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a company; its contacts stay, without a company")
	void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long id) {
		actions.delete(user, id);
	}

	private static ResponseEntity.BodyBuilder csvAttachment(String filename) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString());
	}

	private static Map<String, Object> described(CompanyFilterParams filter) {
		Map<String, Object> details = new LinkedHashMap<>();
		if (filter.q() != null) {
			details.put("q", filter.q());
		}
		if (filter.country() != null && !filter.country().isEmpty()) {
			details.put("country", filter.country());
		}
		if (filter.hasDomain() != null) {
			details.put("hasDomain", filter.hasDomain());
		}
		return details;
	}

}
