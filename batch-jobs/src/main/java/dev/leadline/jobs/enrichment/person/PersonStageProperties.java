package dev.leadline.jobs.enrichment.person;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Person enrichment stage.
 *
 * @param dnsServers the DNS resolvers MX lookups ask, as {@code host} or
 * {@code host:port} ({@code [v6]:port} for IPv6); empty asks the system's resolvers
 * ({@code /etc/resolv.conf}) ({@code LEADLINE_ENRICHMENT_PERSON_DNS_SERVERS})
 * @param dnsTimeout the longest one DNS query may take; a domain whose query times out is
 * UNKNOWN ({@code dns-unavailable}) for the rest of the run
 * @param dnsRetries how many times a query is sent again to the resolvers after one did
 * not answer, within {@code dnsTimeout}
 * @param mxCacheSize the most domains whose MX answer one run remembers; each domain is
 * asked once per run while the cache holds it
 */
@ConfigurationProperties("leadline.enrichment.person")
public record PersonStageProperties(@DefaultValue List<String> dnsServers, @DefaultValue("5s") Duration dnsTimeout,
		@DefaultValue("2") int dnsRetries, @DefaultValue("100000") long mxCacheSize) {

}
