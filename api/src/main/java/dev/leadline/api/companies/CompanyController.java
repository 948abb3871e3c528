package dev.leadline.api.companies;

import dev.leadline.api.auth.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

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

}
