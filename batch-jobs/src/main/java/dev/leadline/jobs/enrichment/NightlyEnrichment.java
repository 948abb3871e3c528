package dev.leadline.jobs.enrichment;

import static dev.leadline.db.jooq.Tables.ENRICHMENT_SETTINGS;

import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import dev.leadline.jobs.credits.CreditLedger;
import dev.leadline.jobs.platform.RunContext;
import dev.leadline.jobs.platform.RunTrigger;
import dev.leadline.jobs.problems.ProblemException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The nightly re-enrichment: for each tenant that enabled it, one run per chosen stage
 * over the items that are no longer fresh, together within the tenant's nightly credit
 * cap (split evenly between the stages). Idempotent per tenant, stage and night: a
 * repeated nightly run starts nothing twice.
 */
final class NightlyEnrichment {

	static final String SCHEDULE = "nightly-enrichment";

	private final DSLContext dsl;

	private final EnrichmentRuns runs;

	private final EnrichmentStages stages;

	private final CreditLedger credits;

	NightlyEnrichment(DSLContext dsl, EnrichmentRuns runs, EnrichmentStages stages, CreditLedger credits) {
		this.dsl = dsl;
		this.runs = runs;
		this.stages = stages;
		this.credits = credits;
	}

	/**
	 * @return the runs started; call in the system scope
	 */
	int startAll(RunContext run) {
		List<Long> tenants = this.dsl.select(ENRICHMENT_SETTINGS.TENANT_ID)
			.from(ENRICHMENT_SETTINGS)
			.where(ENRICHMENT_SETTINGS.NIGHTLY_ENABLED.isTrue())
			.and(ENRICHMENT_SETTINGS.NIGHTLY_CREDIT_CAP.gt(0L))
			.orderBy(ENRICHMENT_SETTINGS.TENANT_ID)
			.fetch(ENRICHMENT_SETTINGS.TENANT_ID);
		int started = 0;
		for (long tenantId : tenants) {
			List<String> outcomes = new ArrayList<>();
			started += TenantContext.call(TenantScope.tenant(tenantId), () -> startFor(tenantId, outcomes));
			outcomes.forEach((outcome) -> run.info("nightly.tenant", outcome));
		}
		return started;
	}

	/**
	 * @param outcomes what happened per stage, in words, for the nightly run's events
	 */
	private int startFor(long tenantId, List<String> outcomes) {
		EnrichmentSettings settings = new EnrichmentSettingsStore(this.dsl, this.stages).get(tenantId);
		List<String> chosen = settings.nightlyStages();
		if (chosen.isEmpty()) {
			return 0;
		}
		long share = settings.nightlyCreditCap() / chosen.size();
		String night = LocalDate.now(ZoneOffset.UTC).toString();
		int started = 0;
		for (String stage : chosen) {
			long available = this.credits.balance(tenantId).available();
			long budget = Math.min(share, available);
			try {
				if (budget <= 0) {
					outcomes
						.add("Tenant " + tenantId + ", stage " + stage + ": no credits available for tonight's run");
					continue;
				}
				EnrichmentRuns.Started start = this.runs.start(tenantId,
						new EnrichmentRequest(stage, EnrichmentSelection.everything(), false, budget),
						RunTrigger.schedule(SCHEDULE), "nightly:" + stage + ":" + night);
				outcomes.add("Tenant " + tenantId + ", stage " + stage + ": run " + start.ticket().runId() + " for "
						+ start.estimate().toEnrich() + " stale items");
				started++;
			}
			catch (ProblemException ex) {
				outcomes.add("Tenant " + tenantId + ", stage " + stage + ": " + ex.getMessage());
			}
		}
		return started;
	}

}
