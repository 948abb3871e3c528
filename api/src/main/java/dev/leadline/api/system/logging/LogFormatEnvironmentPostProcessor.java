package dev.leadline.api.system.logging;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns {@code leadline.log-format} ({@code LEADLINE_LOG_FORMAT}) into Spring Boot's
 * structured console logging before the logging system starts: {@code plain} (the
 * default) keeps the text lines, {@code json} writes one Logstash-style JSON object per
 * line with the logging context's ids as top-level fields; {@code ecs}, {@code gelf} and
 * {@code logstash} choose Boot's formats by name. An explicit
 * {@code logging.structured.format.console} wins.
 */
class LogFormatEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String SETTING = "leadline.log-format";

	static final String CONSOLE_FORMAT = "logging.structured.format.console";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(CONSOLE_FORMAT)) {
			return;
		}
		String format = structuredFormat(environment.getProperty(SETTING, "plain"));
		if (format != null) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("leadlineLogFormat", Map.of(CONSOLE_FORMAT, format)));
		}
	}

	/**
	 * Boot's name of the format, or null for plain text.
	 * @throws IllegalStateException for a value that names no format
	 */
	static String structuredFormat(String setting) {
		String format = setting.trim().toLowerCase(Locale.ROOT);
		return switch (format) {
			case "", "plain", "text" -> null;
			case "json" -> "logstash";
			case "ecs", "gelf", "logstash" -> format;
			default -> throw new IllegalStateException(
					"LEADLINE_LOG_FORMAT must be plain, json, ecs, gelf or logstash, not '" + setting + "'");
		};
	}

}
