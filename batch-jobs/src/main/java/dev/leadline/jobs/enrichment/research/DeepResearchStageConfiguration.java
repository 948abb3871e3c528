package dev.leadline.jobs.enrichment.research;

import static dev.leadline.db.jooq.Tables.ENRICHMENT_SETTINGS;

import dev.leadline.jobs.outbound.Providers;
import org.jooq.DSLContext;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deep research stage; the tenant's ideal customer is read (in the chunk's tenant
 * scope, no transaction) before any model is asked.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResearchStageProperties.class)
class DeepResearchStageConfiguration {

	@Bean
	DeepResearchStage deepResearchStage(ResearchStageProperties properties, Providers providers, DSLContext dsl,
			JsonMapper json) {
		return new DeepResearchStage(properties, providers,
				(tenantId) -> dsl.select(ENRICHMENT_SETTINGS.IDEAL_CUSTOMER)
					.from(ENRICHMENT_SETTINGS)
					.where(ENRICHMENT_SETTINGS.TENANT_ID.eq(tenantId))
					.fetchOne(ENRICHMENT_SETTINGS.IDEAL_CUSTOMER),
				json);
	}

}
