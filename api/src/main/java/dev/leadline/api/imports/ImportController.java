package dev.leadline.api.imports;

import dev.leadline.api.auth.CurrentUser;
import dev.leadline.api.system.formats.SpreadsheetCsv;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import dev.leadline.jobs.csvimport.ContactImports;
import dev.leadline.jobs.csvimport.PreviewRow;
import dev.leadline.jobs.platform.RunTicket;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping(path = "/api/v1/imports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "imports")
class ImportController {

	private static final String WRITERS = "hasAnyRole('OWNER', 'ADMIN', 'MEMBER')";

	private final ImportActions actions;

	private final ImportQueries queries;

	private final ContactImports imports;

	private final TransactionTemplate readOnly;

	ImportController(ImportActions actions, ImportQueries queries, ContactImports imports,
			TransactionTemplate transactions) {
		this.actions = actions;
		this.queries = queries;
		this.imports = imports;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(WRITERS)
	@Operation(summary = "Upload a CSV (multipart field 'file'): stored, its format detected and a mapping suggested. "
			+ "413 over the size limit; 422 when empty, binary, without a header row or with too many columns")
	ResponseEntity<ImportView> upload(@AuthenticationPrincipal CurrentUser user,
			@RequestPart("file") MultipartFile file) throws IOException {
		long id = actions.upload(user, file);
		return ResponseEntity.created(URI.create("/api/v1/imports/" + id)).body(detail(id));
	}

	@GetMapping
	@Transactional(readOnly = true)
	@Operation(summary = "The tenant's imports, newest first")
	ImportPage list(@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
			@RequestParam(required = false) @Size(max = 64) String cursor) {
		return queries.page(limit, cursor);
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	@Operation(summary = "An import: detected format, sample rows, suggested and confirmed mapping, status, "
			+ "the run's jobId, progress and counts")
	ImportView detail(@PathVariable @Positive long id) {
		return queries.detail(id);
	}

	@PutMapping(path = "/{id}/format", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(WRITERS)
	@Operation(summary = "Read the file with another encoding, delimiter or quote; sample rows and suggestions are "
			+ "redone (a confirmed mapping is dropped when the columns change)")
	ImportView reformat(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long id,
			@Valid @RequestBody FormatRequest request) {
		actions.reformat(user, id, request);
		return detail(id);
	}

	@PutMapping(path = "/{id}/mapping", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(WRITERS)
	@Operation(summary = "Confirm the mapping and options; 422 naming every problem (a field mapped twice, "
			+ "no EMAIL without allowWithoutEmail...). Remembered for the tenant's next files")
	ImportView confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long id,
			@Valid @RequestBody MappingRequest request) {
		actions.confirm(user, id, request);
		return detail(id);
	}

	@PostMapping(path = "/{id}/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The sample rows as they would be imported with this mapping (nothing is saved)")
	List<PreviewRow> preview(@PathVariable @Positive long id, @Valid @RequestBody MappingRequest request) {
		return imports.preview(id, request.toChoice());
	}

	@PostMapping("/{id}/start")
	@PreAuthorize(WRITERS)
	@Operation(summary = "Start importing with the confirmed mapping (or the suggested one); 202 with the jobId. "
			+ "409 when already started. With Idempotency-Key a repeated request answers the same run")
	ResponseEntity<ImportView> start(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long id,
			@RequestHeader(name = "Idempotency-Key", required = false) @Size(min = 1,
					max = 200) String idempotencyKey) {
		RunTicket ticket = actions.start(user, id, idempotencyKey);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(URI.create("/api/v1/jobs/" + ticket.runId()))
			.body(detail(id));
	}

	@PostMapping("/{id}/stop")
	@PreAuthorize(WRITERS)
	@Operation(summary = "Stop the import: at once when queued, at its next chunk boundary when running (rows "
			+ "committed stay; owners and admins can restart the run). 409 when it was not started or has ended")
	ImportView stop(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long id) {
		actions.stop(user, id);
		return detail(id);
	}

	@GetMapping(path = "/{id}/errors", produces = "text/csv")
	@Operation(summary = "Rejected rows as CSV (UTF-8 with BOM): line, column, value, reason, then the row as it was; "
			+ "with warnings=true also the values changed or dropped in imported rows")
	ResponseEntity<StreamingResponseBody> errors(@PathVariable @Positive long id,
			@RequestParam(defaultValue = "false") boolean warnings) {
		List<String> headers = readOnly.execute(status -> queries.headers(id));
		// The body is written on another thread: it carries the request's tenant scope
		// along.
		TenantScope scope = TenantContext.current().orElseThrow();
		StreamingResponseBody body = out -> {
			try (TenantContext.Entered ignored = TenantContext.enter(scope)) {
				Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
				writer.write(SpreadsheetCsv.BOM);
				List<String> header = new ArrayList<>(List.of("line", "severity", "column", "value", "reason"));
				header.addAll(headers);
				SpreadsheetCsv.writeRow(writer, header);
				readOnly.executeWithoutResult(status -> queries.issues(id, warnings, issue -> {
					List<String> cells = new ArrayList<>(
							List.of(Long.toString(issue.line()), issue.severity().getLiteral(),
									nullToEmpty(issue.column()), nullToEmpty(issue.value()), issue.reason()));
					cells.addAll(issue.fields());
					try {
						SpreadsheetCsv.writeRow(writer, cells);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}));
				writer.flush();
			}
		};
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("import-" + id + (warnings ? "-issues" : "-rejected") + ".csv")
						.build()
						.toString())
			.body(body);
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
