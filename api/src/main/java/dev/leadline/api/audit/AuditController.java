package dev.leadline.api.audit;

import dev.leadline.api.auth.CurrentUser;
import dev.leadline.api.system.formats.SpreadsheetCsv;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('OWNER', 'ADMIN')")
@Tag(name = "audit")
class AuditController {

	private final AuditQueries queries;

	private final AuditActions actions;

	private final AuditLog audit;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	private final TransactionTemplate readOnly;

	AuditController(AuditQueries queries, AuditActions actions, AuditLog audit, JsonMapper json,
			TransactionTemplate transactions) {
		this.queries = queries;
		this.actions = actions;
		this.audit = audit;
		this.json = json;
		this.transactions = transactions;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
	}

	@GetMapping
	@Operation(summary = "The tenant's audit log, newest first (owners and admins)")
	AuditPage list(@AuthenticationPrincipal CurrentUser user, @ParameterObject @Valid AuditFilterParams filter,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
			@RequestParam(required = false) @Size(max = 64) String cursor) {
		return queries.page(user.tenantId(), filter.toFilter(), limit, cursor);
	}

	@GetMapping("/facets")
	@Operation(summary = "What the audit log can be narrowed to: every action it records and the tenant's users "
			+ "by name (owners and admins)")
	AuditFacetsView facets(@AuthenticationPrincipal CurrentUser user) {
		return new AuditFacetsView(actions.all(), queries.actors(user.tenantId()));
	}

	@GetMapping(path = "/export", produces = "text/csv")
	@Operation(summary = "Every event matching the filters as CSV (UTF-8 with BOM, spreadsheet-safe), newest first, "
			+ "streamed; the export itself is audited as audit.exported (owners and admins)")
	ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal CurrentUser user,
			@ParameterObject @Valid AuditFilterParams filter) {
		AuditQueries.Filter events = filter.toFilter();
		long tenantId = user.tenantId();
		transactions.executeWithoutResult(
				tx -> audit.record(tenantId, AuditLog.Actor.of(user), "audit.exported", null, described(filter)));
		// The body is written on another thread: it carries the request's tenant scope
		// along.
		TenantScope scope = TenantContext.current().orElseThrow();
		StreamingResponseBody body = out -> {
			try (TenantContext.Entered ignored = TenantContext.enter(scope)) {
				Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
				writer.write(SpreadsheetCsv.BOM);
				SpreadsheetCsv.writeRow(writer, AuditCsv.HEADER);
				readOnly.executeWithoutResult(status -> queries.forEach(tenantId, events, event -> {
					try {
						SpreadsheetCsv.writeRow(writer, AuditCsv.row(event, json));
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				}));
				writer.flush();
			}
		};
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("audit-log.csv").build().toString())
			.body(body);
	}

	private static Map<String, Object> described(AuditFilterParams filter) {
		Map<String, Object> details = new LinkedHashMap<>();
		put(details, "action", filter.action());
		put(details, "actorId", filter.actorId());
		put(details, "from", filter.from());
		put(details, "to", filter.to());
		put(details, "targetType", filter.targetType());
		put(details, "targetId", filter.targetId());
		return details;
	}

	private static void put(Map<String, Object> details, String key, Object value) {
		if (value != null) {
			details.put(key, value instanceof String ? value : value.toString());
		}
	}

}
