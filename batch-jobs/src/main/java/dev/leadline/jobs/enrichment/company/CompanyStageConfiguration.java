package dev.leadline.jobs.enrichment.company;

import dev.leadline.jobs.enrichment.person.MxLookups;
import dev.leadline.jobs.enrichment.person.PersonStageProperties;
import dev.leadline.jobs.outbound.GuardedFetcher;
import dev.leadline.jobs.outbound.ProviderMetrics;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The Company stage, reading sites through the guarded fetcher. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CompanyStageProperties.class)
class CompanyStageConfiguration {

	@Bean
	CompanyStage companyStage(CompanyStageProperties properties, GuardedFetcher fetcher, PersonStageProperties person,
			JsonMapper json, ProviderMetrics metrics) {
		return new CompanyStage(properties, fetcher, () -> MxLookups.forRun(person), json, metrics);
	}

}
