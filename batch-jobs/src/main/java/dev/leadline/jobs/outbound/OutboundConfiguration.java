package dev.leadline.jobs.outbound;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One guarded fetcher for the process, and the configured providers on it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboundProperties.class)
class OutboundConfiguration {

	@Bean
	GuardedFetcher guardedFetcher(OutboundProperties properties) {
		return new GuardedFetcher(properties.limits(), HostResolver.SYSTEM, properties.testEndpoints());
	}

	@Bean
	Providers providers(GuardedFetcher fetcher, OutboundProperties properties) {
		return new Providers(fetcher, properties.providers());
	}

}
