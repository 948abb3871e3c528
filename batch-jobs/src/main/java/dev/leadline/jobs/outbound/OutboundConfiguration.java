package dev.leadline.jobs.outbound;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One guarded fetcher for the process, the configured providers on it, and their metrics.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboundProperties.class)
class OutboundConfiguration {

	@Bean
	GuardedFetcher guardedFetcher(OutboundProperties properties) {
		return new GuardedFetcher(properties.limits(), HostResolver.SYSTEM, properties.testEndpoints());
	}

	@Bean
	ProviderMetrics providerMetrics(ObjectProvider<MeterRegistry> registry) {
		return new ProviderMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
	}

	@Bean
	Providers providers(GuardedFetcher fetcher, OutboundProperties properties, ProviderMetrics metrics) {
		return new Providers(fetcher, properties.providers(), metrics);
	}

}
