package dev.leadline.jobs.enrichment;

import static dev.leadline.db.jooq.Tables.ENRICHMENT_RUN;

import dev.leadline.jobs.credits.CreditBalance;
import dev.leadline.jobs.credits.CreditLedger;
import dev.leadline.jobs.credits.InsufficientCreditsException;
import dev.leadline.jobs.platform.JobRuns;
import dev.leadline.jobs.platform.RunTicket;
import dev.leadline.jobs.platform.RunTrigger;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Enrichment's front door: estimate a run, start one (queued on the job platform, run by
 * any worker), resume a stopped one. Works in the caller's tenant scope.
 */
@Service
public class EnrichmentRuns {

	private final DSLContext dsl;

	private final TransactionTemplate transactions;

	private final EnrichmentStages stages;

	private final EnrichmentSettingsStore settings;

	private final CreditLedger credits;

	private final JobRuns runs;

	private final JsonMapper json;

	EnrichmentRuns(DSLContext dsl, TransactionTemplate transactions, EnrichmentStages stages,
			EnrichmentSettingsStore settings, CreditLedger credits, JobRuns runs, JsonMapper json) {
		this.dsl = dsl;
		this.transactions = transactions;
		this.stages = stages;
		this.settings = settings;
		this.credits = credits;
		this.runs = runs;
		this.json = json;
	}

	/**
	 * A started (or, for a repeated idempotency key, an earlier) run and its estimate.
	 */
	public record Started(RunTicket ticket, EnrichmentEstimate estimate) {
	}

	/**
	 * @throws UnknownEnrichmentStageException for an unknown stage
	 * @throws InvalidEnrichmentRequestException for a selection or budget that cannot be
	 * used
	 */
	public EnrichmentEstimate estimate(long tenantId, EnrichmentRequest request) {
		return this.transactions.execute((status) -> {
			EnrichmentStage stage = checked(request);
			return estimate(tenantId, stage, request, ItemSelection.upToId(this.dsl, tenantId, stage.entity()));
		});
	}

	/**
	 * Queues a run that holds its maximum (or budget) when it starts, and charges only
	 * delivered items.
	 * @param idempotencyKey optional: the same key answers the same run
	 * @throws NothingToEnrichException when every selected item is fresh, or none is
	 * selected
	 * @throws EnrichmentStageUnavailableException when the stage cannot run (no provider)
	 * @throws dev.leadline.jobs.credits.InsufficientCreditsException when the available
	 * credits do not cover the hold
	 */
	public Started start(long tenantId, EnrichmentRequest request, RunTrigger trigger, String idempotencyKey) {
		return this.transactions.execute((status) -> {
			EnrichmentStage stage = checked(request);
			stage.unavailableReason().ifPresent((reason) -> {
				throw new EnrichmentStageUnavailableException(stage.name(), reason);
			});
			long upToId = ItemSelection.upToId(this.dsl, tenantId, stage.entity());
			EnrichmentEstimate estimate = estimate(tenantId, stage, request, upToId);
			if (estimate.toEnrich() == 0) {
				throw new NothingToEnrichException(estimate);
			}
			if (!estimate.covered()) {
				throw new InsufficientCreditsException(estimate.hold(), estimate.available());
			}
			RunTicket ticket = this.runs.trigger(tenantId, EnrichmentJob.NAME,
					Map.of(EnrichmentJob.STAGE, stage.name()), trigger, idempotencyKey, estimate.toEnrich());
			this.dsl.insertInto(ENRICHMENT_RUN)
				.set(ENRICHMENT_RUN.RUN_ID, ticket.runId())
				.set(ENRICHMENT_RUN.TENANT_ID, tenantId)
				.set(ENRICHMENT_RUN.STAGE, stage.name())
				.set(ENRICHMENT_RUN.ENTITY, stage.entity().label())
				.set(ENRICHMENT_RUN.SELECTION, JSONB.valueOf(this.json.writeValueAsString(request.selection())))
				.set(ENRICHMENT_RUN.FORCED, request.force())
				.set(ENRICHMENT_RUN.UP_TO_ID, upToId)
				.set(ENRICHMENT_RUN.COST_PER_ITEM, stage.costPerItem())
				.set(ENRICHMENT_RUN.BUDGET, request.budget())
				.set(ENRICHMENT_RUN.CREATED_BY, trigger.userId())
				.onConflictDoNothing()
				.execute();
			return new Started(ticket, estimate);
		});
	}

	/**
	 * Queues a stopped or failed run again, optionally with a new budget; it resumes with
	 * the items still pending and holds what they may cost.
	 * @throws InvalidEnrichmentRequestException when the budget is below what the run
	 * already spent
	 * @throws dev.leadline.jobs.platform.JobRunConflictException when the run cannot be
	 * restarted
	 */
	public void resume(long tenantId, long runId, Long budget) {
		this.transactions.executeWithoutResult((status) -> {
			if (budget != null) {
				Long charged = this.dsl.select(ENRICHMENT_RUN.CHARGED)
					.from(ENRICHMENT_RUN)
					.where(ENRICHMENT_RUN.TENANT_ID.eq(tenantId), ENRICHMENT_RUN.RUN_ID.eq(runId))
					.fetchOne(ENRICHMENT_RUN.CHARGED);
				if (charged != null && budget <= charged) {
					throw new InvalidEnrichmentRequestException("budget",
							"The run has already spent " + charged + " credits; a new budget must be higher.");
				}
				this.dsl.update(ENRICHMENT_RUN)
					.set(ENRICHMENT_RUN.BUDGET, budget)
					.where(ENRICHMENT_RUN.TENANT_ID.eq(tenantId), ENRICHMENT_RUN.RUN_ID.eq(runId))
					.execute();
			}
			this.runs.restart(runId);
		});
	}

	private EnrichmentStage checked(EnrichmentRequest request) {
		request.check();
		EnrichmentStage stage = this.stages.get(request.stage());
		request.selection().check(stage.entity());
		return stage;
	}

	private EnrichmentEstimate estimate(long tenantId, EnrichmentStage stage, EnrichmentRequest request, long upToId) {
		int freshnessDays = this.settings.get(tenantId).freshnessDays();
		Condition fresh = request.force() ? DSL.falseCondition()
				: ItemSelection.fresh(tenantId, stage, Duration.ofDays(freshnessDays), OffsetDateTime.now());
		Record3<Integer, Integer, Integer> counts = this.dsl
			.select(DSL.count(), DSL.count().filterWhere(fresh),
					DSL.count().filterWhere(DSL.not(fresh).and(stage.workable())))
			.from(stage.entity().table())
			.where(ItemSelection.matching(this.dsl, tenantId, stage, request.selection(), upToId))
			.fetchSingle();
		long selected = counts.value1();
		long skipped = counts.value2();
		long toEnrich = selected - skipped;
		long max = toEnrich * stage.costPerItem();
		long hold = (request.budget() == null) ? max : Math.min(max, request.budget());
		long expected = Math.min(hold, counts.value3() * (long) stage.costPerItem());
		CreditBalance balance = this.credits.balance(tenantId);
		return new EnrichmentEstimate(stage.name(), stage.entity().label(), selected, skipped, toEnrich,
				counts.value3(), stage.costPerItem(), max, hold, expected, balance.balance(), balance.available(),
				balance.available() >= hold, freshnessDays);
	}

}
