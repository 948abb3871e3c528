package dev.leadline.jobs.enrichment;

import static dev.leadline.db.jooq.Tables.ENRICHMENT_SETTINGS;

import dev.leadline.db.jooq.tables.records.EnrichmentSettingsRecord;
import java.time.OffsetDateTime;
import java.util.Arrays;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Reads and writes each tenant's {@link EnrichmentSettings}, in the caller's scope. */
@Component
public class EnrichmentSettingsStore {

	private final DSLContext dsl;

	private final EnrichmentStages stages;

	EnrichmentSettingsStore(DSLContext dsl, EnrichmentStages stages) {
		this.dsl = dsl;
		this.stages = stages;
	}

	public EnrichmentSettings get(long tenantId) {
		EnrichmentSettingsRecord row = this.dsl.selectFrom(ENRICHMENT_SETTINGS)
			.where(ENRICHMENT_SETTINGS.TENANT_ID.eq(tenantId))
			.fetchOne();
		return (row == null) ? EnrichmentSettings.DEFAULTS : new EnrichmentSettings(row.getFreshnessDays(),
				row.getNightlyEnabled(), Arrays.asList(row.getNightlyStages()), row.getNightlyCreditCap());
	}

	/**
	 * @throws InvalidEnrichmentRequestException for a window outside 1..3650 days, a
	 * negative cap
	 * @throws UnknownEnrichmentStageException for a nightly stage that does not exist
	 */
	public EnrichmentSettings put(long tenantId, EnrichmentSettings settings) {
		if (settings.freshnessDays() < 1 || settings.freshnessDays() > 3650) {
			throw new InvalidEnrichmentRequestException("freshnessDays",
					"The freshness window must be between 1 and 3650 days.");
		}
		if (settings.nightlyCreditCap() < 0) {
			throw new InvalidEnrichmentRequestException("nightlyCreditCap", "The nightly cap cannot be negative.");
		}
		settings.nightlyStages().forEach(this.stages::get);
		String[] nightly = settings.nightlyStages().stream().distinct().toArray(String[]::new);
		this.dsl.insertInto(ENRICHMENT_SETTINGS)
			.set(ENRICHMENT_SETTINGS.TENANT_ID, tenantId)
			.set(ENRICHMENT_SETTINGS.FRESHNESS_DAYS, settings.freshnessDays())
			.set(ENRICHMENT_SETTINGS.NIGHTLY_ENABLED, settings.nightlyEnabled())
			.set(ENRICHMENT_SETTINGS.NIGHTLY_STAGES, nightly)
			.set(ENRICHMENT_SETTINGS.NIGHTLY_CREDIT_CAP, settings.nightlyCreditCap())
			.onConflict(ENRICHMENT_SETTINGS.TENANT_ID)
			.doUpdate()
			.set(ENRICHMENT_SETTINGS.FRESHNESS_DAYS, settings.freshnessDays())
			.set(ENRICHMENT_SETTINGS.NIGHTLY_ENABLED, settings.nightlyEnabled())
			.set(ENRICHMENT_SETTINGS.NIGHTLY_STAGES, nightly)
			.set(ENRICHMENT_SETTINGS.NIGHTLY_CREDIT_CAP, settings.nightlyCreditCap())
			.set(ENRICHMENT_SETTINGS.UPDATED_AT, OffsetDateTime.now())
			.execute();
		return get(tenantId);
	}

}
