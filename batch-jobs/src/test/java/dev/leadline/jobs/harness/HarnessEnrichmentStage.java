package dev.leadline.jobs.harness;

import static dev.leadline.db.jooq.Tables.CONTACT;
import static dev.leadline.db.jooq.Tables.CONTACT_ENRICHMENT;

import dev.leadline.jobs.enrichment.EnrichedEntity;
import dev.leadline.jobs.enrichment.EnrichedValue;
import dev.leadline.jobs.enrichment.EnrichmentStage;
import dev.leadline.jobs.enrichment.ItemResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Test-only stage over contacts, cost 2: found for an e-mail (its domain, and C_LEVEL
 * seniority for a CEO title), not found without one, failed for e-mails starting with
 * {@code fail}. It notes whether it was ever called inside a transaction, and can be
 * armed to blow up on one contact once or to pause per chunk (setting
 * {@code leadline.harness.enrich-pause-ms}, for worker processes a test kills).
 */
@Component
public class HarnessEnrichmentStage implements EnrichmentStage {

	private final long pauseMillis;

	HarnessEnrichmentStage(@Value("${leadline.harness.enrich-pause-ms:0}") long pauseMillis) {
		this.pauseMillis = pauseMillis;
	}

	public static final String NAME = "harness";

	public static final AtomicBoolean CALLED_IN_TRANSACTION = new AtomicBoolean();

	/** A contact id whose chunk throws once; 0 for none. */
	public static final AtomicLong BLOW_UP_ON = new AtomicLong();

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String description() {
		return "Test stage: the e-mail's domain";
	}

	@Override
	public EnrichedEntity entity() {
		return EnrichedEntity.CONTACT_ENTITY;
	}

	@Override
	public List<String> fields() {
		return List.of("emailDomain", "seniority");
	}

	@Override
	public Map<String, Field<?>> columns() {
		return Map.of("seniority", CONTACT_ENRICHMENT.SENIORITY);
	}

	@Override
	public int costPerItem() {
		return 2;
	}

	@Override
	public Condition workable() {
		return CONTACT.EMAIL.isNotNull();
	}

	@Override
	public List<ItemResult> enrich(List<? extends Record> items) {
		// The step's own transaction is resourceless: what must not be bound is a
		// database connection.
		if (TransactionSynchronizationManager.getResourceMap()
			.values()
			.stream()
			.anyMatch((resource) -> resource instanceof ConnectionHolder)) {
			CALLED_IN_TRANSACTION.set(true);
		}
		pause();
		List<ItemResult> results = new ArrayList<>();
		for (Record item : items) {
			long id = item.get(CONTACT.ID);
			if (BLOW_UP_ON.get() == id && BLOW_UP_ON.compareAndSet(id, 0)) {
				throw new IllegalStateException("harness: armed failure on contact " + id);
			}
			String email = item.get(CONTACT.EMAIL);
			if (email == null) {
				results.add(ItemResult.notFound(id, "No e-mail to work on"));
			}
			else if (email.startsWith("fail")) {
				results.add(ItemResult.failed(id, "The harness provider failed"));
			}
			else {
				Map<String, EnrichedValue> fields = new LinkedHashMap<>();
				fields.put("emailDomain", EnrichedValue.of(email.substring(email.indexOf('@') + 1), "test"));
				String title = item.get(CONTACT.TITLE);
				if (title != null && title.contains("CEO")) {
					fields.put("seniority", EnrichedValue.of("C_LEVEL", "rules"));
				}
				results.add(ItemResult.found(id, fields));
			}
		}
		return results;
	}

	private void pause() {
		if (this.pauseMillis > 0) {
			try {
				Thread.sleep(this.pauseMillis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
