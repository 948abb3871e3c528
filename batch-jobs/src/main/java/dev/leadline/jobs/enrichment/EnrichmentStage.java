package dev.leadline.jobs.enrichment;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;

/**
 * One enrichment stage: a Spring bean implementing this is all it takes to add one. The
 * pipeline selects the items, holds and charges credits, calls {@link #enrich} a chunk at
 * a time with no database transaction or lock held, and stores what it found with its
 * source and time.
 */
public interface EnrichmentStage {

	/**
	 * The stage's stable name, e.g. {@code person}: in the API, the ledger and sources.
	 */
	String name();

	/** A few words for people, e.g. "Person: e-mail checks, title, phone, LinkedIn". */
	String description();

	EnrichedEntity entity();

	/** The fields it may fill, by name (keys of the entity's {@code enrichment}). */
	List<String> fields();

	/**
	 * The fields that are also columns of the entity's enrichment table
	 * ({@link EnrichedEntity#enrichmentTable()}), written there too (for filters and
	 * sorting).
	 */
	default Map<String, Field<?>> columns() {
		return Map.of();
	}

	/** What one delivered item costs; items without a result cost nothing. */
	int costPerItem();

	/**
	 * Items the stage can work on at all (its inputs are present): the estimate's
	 * expected credits count these.
	 */
	Condition workable();

	/**
	 * How long a result of this stage stays fresh, given the tenant's window; fresh items
	 * are skipped unless the run is forced.
	 */
	default Duration freshFor(Duration tenantWindow) {
		return tenantWindow;
	}

	/**
	 * Why the stage cannot run now (e.g. no provider configured), or empty when it can.
	 * Estimates still answer; starting a run is refused with this reason.
	 */
	default Optional<String> unavailableReason() {
		return Optional.empty();
	}

	/**
	 * Enriches one chunk: one result per item, in any order. Runs with no transaction or
	 * lock held, so it may call outside services; it must not write to the database.
	 * @param items the entity's rows (all columns)
	 */
	List<ItemResult> enrich(List<? extends Record> items);

}
