package dev.leadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

/**
 * One scrape of {@code /actuator/prometheus} on the management port, read the way
 * Prometheus reads it: {@code name{label="value",...} number} per line.
 */
public final class PrometheusScrape {

	private final List<String> lines;

	private PrometheusScrape(List<String> lines) {
		this.lines = lines;
	}

	public static PrometheusScrape of(int managementPort) {
		HttpResponse<String> response = new HttpTestClient(managementPort).get("/actuator/prometheus");
		assertThat(response.statusCode()).isEqualTo(200);
		return new PrometheusScrape(response.body().lines().filter((line) -> !line.startsWith("#")).toList());
	}

	/**
	 * The sum of the series named {@code name} whose labels include every
	 * {@code label=value} pair given (0 when there is none).
	 */
	public double value(String name, String... labels) {
		return this.lines.stream()
			.filter((line) -> line.startsWith(name + "{") || line.startsWith(name + " "))
			.filter((line) -> Arrays.stream(labels).allMatch((label) -> hasLabel(labelsOf(line), quoted(label))))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	/** Whether any series is named {@code name}. */
	public boolean has(String name) {
		return this.lines.stream().anyMatch((line) -> line.startsWith(name + "{") || line.startsWith(name + " "));
	}

	private static boolean hasLabel(String labels, String label) {
		return labels.contains("{" + label) || labels.contains("," + label);
	}

	private static String labelsOf(String line) {
		int open = line.indexOf('{');
		return (open < 0) ? "" : line.substring(open, line.lastIndexOf('}') + 1);
	}

	/**
	 * {@code job=harnessJob} as it appears in the exposition: {@code job="harnessJob"}.
	 */
	private static String quoted(String label) {
		int equals = label.indexOf('=');
		return label.substring(0, equals) + "=\"" + label.substring(equals + 1) + "\"";
	}

}
