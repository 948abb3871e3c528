package dev.leadline.jobs.housekeeping;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param runRetention how long finished runs, their events and Spring Batch records are
 * kept
 * @param sessionGrace how long expired or revoked sessions are kept (for the audit
 * trail's context)
 */
@ConfigurationProperties("leadline.housekeeping")
public record HousekeepingProperties(@DefaultValue("90d") Duration runRetention,
		@DefaultValue("7d") Duration sessionGrace) {
}
