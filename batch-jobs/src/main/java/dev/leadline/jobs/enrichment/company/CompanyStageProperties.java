package dev.leadline.jobs.enrichment.company;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Company stage ({@code leadline.enrichment.company.*}).
 *
 * @param costPerItem credits one company with website facts costs
 * @param concurrency companies whose sites are read at once
 */
@ConfigurationProperties("leadline.enrichment.company")
public record CompanyStageProperties(@DefaultValue("2") int costPerItem, @DefaultValue("16") int concurrency) {

}
