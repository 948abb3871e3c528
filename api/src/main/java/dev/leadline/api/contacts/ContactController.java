package dev.leadline.api.contacts;

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
import dev.leadline.jobs.selection.ContactFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
@RequestMapping(path = "/api/v1/contacts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "contacts")
class ContactController {

	private static final String WRITERS = "hasAnyRole('OWNER', 'ADMIN', 'MEMBER')";

	private final ContactQueries queries;

	private final ContactActions actions;

	private final TransactionTemplate readOnly;

	ContactController(ContactQueries queries, ContactActions actions, TransactionTemplate transactions) {
		this.queries = queries;
		this.actions = actions;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
	}

	@GetMapping
	@Transactional(readOnly = true)
	@ReplicaRead
	@Operation(summary = "A page of the tenant's contacts (keyset: pass nextCursor back with the same sort and "
			+ "filters); total only with count=true, exact up to 100,000")
	ContactPage list(@AuthenticationPrincipal CurrentUser user, @ParameterObject @Valid ContactFilterParams filter,
			@Parameter(description = "created, -created (default), name, -name, company, -company, "
					+ "updated, -updated") @RequestParam(required = false) @Size(max = 20) String sort,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
			@RequestParam(required = false) @Size(max = 2000) String cursor,
			@RequestParam(defaultValue = "false") boolean count,
			@Parameter(description = "Custom attributes to send with each contact (repeatable, up to 20 names; "
					+ "see /contacts/attributes)") @RequestParam(
							required = false) @Size(max = 20) List<@Size(min = 1, max = 200) String> attribute) {
		return queries.page(user.tenantId(), filter.toFilter(), ContactSort.parse(sort), cursor, limit, count,
				attribute);
	}

	@GetMapping("/attributes")
	@Transactional(readOnly = true)
	@ReplicaRead
	@Operation(summary = "The names of the custom attributes the tenant's contacts were imported with, for the "
			+ "column chooser (case-insensitive order, up to 1,000; a name stays when its last contact is deleted)")
	ContactAttributeNames attributes(@AuthenticationPrincipal CurrentUser user) {
		List<String> names = queries.attributeNames(user.tenantId(), ContactAttributeNames.MAX + 1);
		return new ContactAttributeNames(names.subList(0, Math.min(names.size(), ContactAttributeNames.MAX)),
				names.size() > ContactAttributeNames.MAX);
	}

	@GetMapping(path = "/export", produces = "text/csv")
	@ReplicaRead
	@Operation(summary = "Every contact matching the filters as CSV (UTF-8 with BOM, spreadsheet-safe), streamed")
	ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal CurrentUser user,
			@ParameterObject @Valid ContactFilterParams filter,
			@RequestParam(required = false) @Size(max = 20) String sort) {
		ContactFilter contacts = filter.toFilter();
		Keyset.Order order = ContactSort.parse(sort);
		// The body is written on another thread: it carries the request's tenant scope
		// along.
		TenantScope scope = TenantContext.current().orElseThrow();
		long tenantId = user.tenantId();
		StreamingResponseBody body = out -> {
			try (TenantContext.Entered ignored = TenantContext.enter(scope)) {
				Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
				writer.write(SpreadsheetCsv.BOM);
				SpreadsheetCsv.writeRow(writer, ContactCsv.HEADER);
				ReadRouting.replica(() -> readOnly
					.executeWithoutResult(status -> queries.forEach(tenantId, contacts, order, contact -> {
						try {
							SpreadsheetCsv.writeRow(writer, ContactCsv.row(contact));
						}
						catch (IOException e) {
							throw new UncheckedIOException(e);
						}
					})));
				writer.flush();
			}
		};
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("contacts.csv").build().toString())
			.body(body);
	}

	@PostMapping(path = "/selection/export", consumes = MediaType.APPLICATION_JSON_VALUE, produces = "text/csv")
	@Transactional(readOnly = true)
	@Operation(summary = "The selected contacts as CSV, like the export (up to 1,000 ids; others' ids left out)")
	ResponseEntity<byte[]> exportSelected(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody ContactSelectionRequest selection,
			@RequestParam(required = false) @Size(max = 20) String sort) throws IOException {
		java.io.StringWriter csv = new java.io.StringWriter();
		csv.write(SpreadsheetCsv.BOM);
		SpreadsheetCsv.writeRow(csv, ContactCsv.HEADER);
		for (ContactView contact : queries.selected(user.tenantId(), selection.ids(), ContactSort.parse(sort))) {
			SpreadsheetCsv.writeRow(csv, ContactCsv.row(contact));
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("contacts-selected.csv").build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping(path = "/selection/delete", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(WRITERS)
	@Operation(summary = "Delete the selected contacts at once (up to 1,000 ids; others' and unknown ids are left "
			+ "out and not counted); each is audited as contact.deleted")
	SelectionDeletedView deleteSelected(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody ContactSelectionRequest selection) {
		return new SelectionDeletedView(actions.deleteSelected(user, selection.ids()));
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	@Operation(summary = "A contact with its company and custom attributes")
	ContactDetailView detail(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long id) {
		return queries.detail(user.tenantId(), id);
	}

	@PatchMapping(path = "/{id}", consumes = { MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json" })
	@PreAuthorize(WRITERS)
	@Operation(summary = "Change a contact's fields (merge patch: left out = unchanged, null = cleared); values are "
			+ "normalised as the import does; 409 when another contact has the e-mail")
	ContactDetailView patch(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long id,
			@Valid @RequestBody ContactPatchRequest patch) {
		actions.patch(user, id, patch);
		return readOnly.execute(status -> queries.detail(user.tenantId(), id));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize(WRITERS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a contact")
	void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long id) {
		actions.delete(user, id);
	}

	@PostMapping(path = "/bulk-delete", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyRole('OWNER', 'ADMIN')")
	@Operation(summary = "Delete every contact matching the filters (as they match now) in a job; 202 with the "
			+ "run (owners and admins). An empty filter deletes all the tenant's contacts.")
	ResponseEntity<RunAcceptedView> bulkDelete(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody ContactFilterParams filter, @RequestHeader(name = "Idempotency-Key",
					required = false) @Size(min = 1, max = 200) String idempotencyKey) {
		RunTicket ticket = actions.bulkDelete(user, filter.toFilter(), idempotencyKey);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(URI.create("/api/v1/jobs/" + ticket.runId()))
			.body(new RunAcceptedView(ticket.runId(), JobRunStatus.QUEUED, ticket.created()));
	}

}
