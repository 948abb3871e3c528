package dev.leadline.api.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DashboardRoutesTests {

	@ParameterizedTest
	@ValueSource(strings = { "contacts", "companies/42", "jobs/7/events", "admin", "api-demo" })
	void dashboardRoutesFallBackToIndex(String path) {
		assertThat(DashboardConfiguration.SinglePageApplicationResolver.isClientRoute(path)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "api/v1/contacts", "api", "actuator/health", "v3/api-docs", "assets/index-1a2b.js",
			"favicon.ico", "swagger-ui/index.html", "robots.txt" })
	void serverPathsAndFilesDoNot(String path) {
		assertThat(DashboardConfiguration.SinglePageApplicationResolver.isClientRoute(path)).isFalse();
	}

}
