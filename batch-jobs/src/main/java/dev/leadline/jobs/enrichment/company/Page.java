package dev.leadline.jobs.enrichment.company;

import java.time.Instant;
import org.jsoup.nodes.Document;

/**
 * One fetched page of a company's site.
 *
 * @param kind {@code home}, {@code about}, {@code legal} or {@code contact}
 */
record Page(String kind, String url, Instant fetchedAt, Document document) {

}
