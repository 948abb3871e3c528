package dev.leadline.api.system.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class LogFormatEnvironmentPostProcessorTests {

	private final LogFormatEnvironmentPostProcessor processor = new LogFormatEnvironmentPostProcessor();

	@Test
	void jsonChoosesBootsLogstashFormatForTheConsole() {
		MockEnvironment environment = new MockEnvironment().withProperty("leadline.log-format", "JSON");

		processor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("logstash");
	}

	@Test
	void plainAndUnsetKeepTextLines() {
		MockEnvironment plain = new MockEnvironment().withProperty("leadline.log-format", "plain");
		MockEnvironment unset = new MockEnvironment();

		processor.postProcessEnvironment(plain, new SpringApplication());
		processor.postProcessEnvironment(unset, new SpringApplication());

		assertThat(plain.containsProperty("logging.structured.format.console")).isFalse();
		assertThat(unset.containsProperty("logging.structured.format.console")).isFalse();
	}

	@Test
	void bootsOwnFormatNamesPassThroughAndAnExplicitBootSettingWins() {
		MockEnvironment ecs = new MockEnvironment().withProperty("leadline.log-format", "ecs");
		MockEnvironment explicit = new MockEnvironment().withProperty("leadline.log-format", "json")
			.withProperty("logging.structured.format.console", "gelf");

		processor.postProcessEnvironment(ecs, new SpringApplication());
		processor.postProcessEnvironment(explicit, new SpringApplication());

		assertThat(ecs.getProperty("logging.structured.format.console")).isEqualTo("ecs");
		assertThat(explicit.getProperty("logging.structured.format.console")).isEqualTo("gelf");
	}

	@Test
	void anUnknownFormatStopsTheStartNamingTheSetting() {
		assertThatIllegalStateException().isThrownBy(() -> LogFormatEnvironmentPostProcessor.structuredFormat("yaml"))
			.withMessageContaining("LEADLINE_LOG_FORMAT")
			.withMessageContaining("yaml");
	}

}
