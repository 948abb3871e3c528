package dev.leadline.api.credits;

import static dev.leadline.db.jooq.Tables.CREDIT_LEDGER;
import static dev.leadline.db.jooq.Tables.TENANT;

import dev.leadline.api.audit.AuditLog;
import dev.leadline.api.auth.CurrentUser;
import dev.leadline.api.system.problems.NotFoundException;
import dev.leadline.db.jooq.enums.CreditEntryKind;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import dev.leadline.jobs.credits.CreditBalance;
import dev.leadline.jobs.credits.CreditLedger;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's credits; top-ups and refunds by platform admins. */
@RestController
@Tag(name = "credits")
class CreditsController {

	private final DSLContext dsl;

	private final CreditLedger credits;

	private final TransactionTemplate transactions;

	private final AuditLog audit;

	CreditsController(DSLContext dsl, CreditLedger credits, TransactionTemplate transactions, AuditLog audit) {
		this.dsl = dsl;
		this.credits = credits;
		this.transactions = transactions;
		this.audit = audit;
	}

	@GetMapping(path = "/api/v1/credits", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Balance, held and available credits, the ledger (newest first; 'before' pages on), and "
			+ "credits charged per day and per stage over the last 30 days")
	CreditsView credits(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @Positive Long before,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
		long tenantId = user.tenantId();
		return this.transactions.execute((status) -> {
			CreditBalance balance = this.credits.balance(tenantId);
			List<CreditsView.Entry> ledger = this.dsl.selectFrom(CREDIT_LEDGER)
				.where(CREDIT_LEDGER.TENANT_ID.eq(tenantId))
				.and((before == null) ? DSL.noCondition() : CREDIT_LEDGER.ID.lt(before))
				.orderBy(CREDIT_LEDGER.ID.desc())
				.limit(limit + 1)
				.fetch((row) -> new CreditsView.Entry(row.getId(), row.getKind().getLiteral(), row.getAmount(),
						row.getItems(), row.getRunId(), row.getStage(), row.getNote(), row.getCreatedAt()));
			Long next = (ledger.size() > limit) ? ledger.get(limit - 1).id() : null;
			OffsetDateTime since = OffsetDateTime.now(ZoneOffset.UTC).minusDays(30);
			Field<LocalDate> day = DSL.field("({0} AT TIME ZONE 'UTC')::date", SQLDataType.LOCALDATE,
					CREDIT_LEDGER.CREATED_AT);
			List<CreditsView.DayUsage> perDay = this.dsl.select(day, DSL.sum(CREDIT_LEDGER.AMOUNT))
				.from(CREDIT_LEDGER)
				.where(CREDIT_LEDGER.TENANT_ID.eq(tenantId), CREDIT_LEDGER.KIND.eq(CreditEntryKind.charge),
						CREDIT_LEDGER.CREATED_AT.ge(since))
				.groupBy(day)
				.orderBy(day)
				.fetch((row) -> new CreditsView.DayUsage(row.value1(), row.value2().longValue()));
			List<CreditsView.StageUsage> perStage = this.dsl
				.select(CREDIT_LEDGER.STAGE, DSL.sum(CREDIT_LEDGER.AMOUNT), DSL.sum(CREDIT_LEDGER.ITEMS))
				.from(CREDIT_LEDGER)
				.where(CREDIT_LEDGER.TENANT_ID.eq(tenantId), CREDIT_LEDGER.KIND.eq(CreditEntryKind.charge),
						CREDIT_LEDGER.CREATED_AT.ge(since))
				.groupBy(CREDIT_LEDGER.STAGE)
				.orderBy(CREDIT_LEDGER.STAGE)
				.fetch((row) -> new CreditsView.StageUsage(row.value1(), row.value2().longValue(),
						(row.value3() != null) ? row.value3().longValue() : 0));
			return new CreditsView(balance.balance(), balance.held(), balance.available(),
					ledger.subList(0, Math.min(limit, ledger.size())), next, perDay, perStage);
		});
	}

	@PostMapping(path = "/api/v1/admin/tenants/{tenantId}/credits", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('PLATFORM_ADMIN')")
	@Operation(summary = "Top up or refund a tenant's credits (platform admins); answers the new balance")
	CreditBalance move(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long tenantId,
			@Valid @RequestBody CreditMovementRequest body) {
		boolean exists = TenantContext.system(() -> this.dsl.fetchExists(TENANT, TENANT.ID.eq(tenantId)));
		if (!exists) {
			throw new NotFoundException("tenant", tenantId);
		}
		// The movement and its audit entry belong to the tenant whose credits move.
		return TenantContext.call(TenantScope.tenant(tenantId), () -> {
			CreditBalance balance = this.transactions.execute((status) -> "refund".equals(body.kind())
					? this.credits.refund(tenantId, body.amount(), body.runId(), user.userId(), body.note())
					: this.credits.topUp(tenantId, body.amount(), user.userId(), body.note()));
			this.audit.record(tenantId, AuditLog.Actor.of(user), "credits." + body.kind(),
					AuditLog.Target.of("tenant", tenantId),
					Map.of("amount", body.amount(), "balance", balance.balance()));
			return balance;
		});
	}

}
