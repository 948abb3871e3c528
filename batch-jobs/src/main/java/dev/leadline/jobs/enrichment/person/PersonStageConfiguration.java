package dev.leadline.jobs.enrichment.person;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Person stage, with MX lookups through the configured resolvers. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PersonStageProperties.class)
class PersonStageConfiguration {

	@Bean
	PersonStage personStage(PersonStageProperties properties) {
		return new PersonStage(() -> MxLookups.forRun(properties), Clock.systemUTC());
	}

}
