package dev.leadline.api.system.warmup;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The start-up warm-up of the browse path.
 *
 * @param enabled whether the process warms up as it starts
 * ({@code LEADLINE_WARMUP_ENABLED})
 * @param rounds rounds of every task: 2,000 brings the per-row code (mapping, JSON) to
 * the optimising compiler, 50 rows a round, and the per-request code to the profiling one
 * @param budget the longest the warm-up runs, whatever the rounds done
 */
@ConfigurationProperties("leadline.warmup")
public record WarmupProperties(@DefaultValue("true") boolean enabled, @DefaultValue("2000") int rounds,
		@DefaultValue("60s") Duration budget) {
}
