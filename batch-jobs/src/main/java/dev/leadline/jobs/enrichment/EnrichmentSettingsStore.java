package dev.leadline.jobs.enrichment;

import static dev.leadline.db.jooq.Tables.ENRICHMENT_SETTINGS;

import dev.leadline.db.jooq.tables.records.EnrichmentSettingsRecord;
import java.time.OffsetDateTime;
import java.util.Arrays;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
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
		return (row == null) ? EnrichmentSettings.DEFAULTS
				: new EnrichmentSettings(row.getFreshnessDays(), row.getNightlyEnabled(),
						Arrays.asList(row.getNightlyStages()), row.getNightlyCreditCap(), row.getIdealCustomer());
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
		if (settings.idealCustomer() != null
				&& settings.idealCustomer().length() > EnrichmentSettings.IDEAL_CUSTOMER_MAX) {
			throw new InvalidEnrichmentRequestException("idealCustomer", "The ideal customer is described in at most "
					+ EnrichmentSettings.IDEAL_CUSTOMER_MAX + " characters.");
		}
		settings.nightlyStages().forEach(this.stages::get);
		Field<String> idealCustomer = (settings.idealCustomer() == null) ? ENRICHMENT_SETTINGS.IDEAL_CUSTOMER
				: DSL.val(settings.idealCustomer().isBlank() ? null : settings.idealCustomer().strip(), String.class);
		String[] nightly = settings.nightlyStages().stream().distinct().toArray(String[]::new);
		this.dsl.insertInto(ENRICHMENT_SETTINGS)
			.set(ENRICHMENT_SETTINGS.TENANT_ID, tenantId)
			.set(ENRICHMENT_SETTINGS.FRESHNESS_DAYS, settings.freshnessDays())
			.set(ENRICHMENT_SETTINGS.NIGHTLY_ENABLED, settings.nightlyEnabled())
			.set(ENRICHMENT_SETTINGS.NIGHTLY_STAGES, nightly)
			.set(ENRICHMENT_SETTINGS.NIGHTLY_CREDIT_CAP, settings.nightlyCreditCap())
			.set(ENRICHMENT_SETTINGS.IDEAL_CUSTOMER,
					(settings.idealCustomer() == null || settings.idealCustomer().isBlank()) ? null
							: settings.idealCustomer().strip())
			.onConflict(ENRICHMENT_SETTINGS.TENANT_ID)
			.doUpdate()
			.set(ENRICHMENT_SETTINGS.FRESHNESS_DAYS, settings.freshnessDays())
			.set(ENRICHMENT_SETTINGS.NIGHTLY_ENABLED, settings.nightlyEnabled())
			.set(ENRICHMENT_SETTINGS.NIGHTLY_STAGES, nightly)
			.set(ENRICHMENT_SETTINGS.NIGHTLY_CREDIT_CAP, settings.nightlyCreditCap())
			.set(ENRICHMENT_SETTINGS.IDEAL_CUSTOMER, idealCustomer)
			.set(ENRICHMENT_SETTINGS.UPDATED_AT, OffsetDateTime.now())
			.execute();
		return get(tenantId);
	}

}
