package dev.leadline.jobs.enrichment.person;

import static dev.leadline.db.jooq.Tables.CONTACT;
import static dev.leadline.db.jooq.Tables.CONTACT_ENRICHMENT;

import dev.leadline.jobs.contactdata.LinkedInUrls;
import dev.leadline.jobs.contactdata.PhoneDetails;
import dev.leadline.jobs.contactdata.PhoneNumbers;
import dev.leadline.jobs.enrichment.EnrichedEntity;
import dev.leadline.jobs.enrichment.EnrichedValue;
import dev.leadline.jobs.enrichment.EnrichmentStage;
import dev.leadline.jobs.enrichment.ItemResult;
import dev.leadline.jobs.logging.LoggingContext;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.slf4j.MDC;

/**
 * {@code person}: what a contact's own fields say, with DNS as the only outside source.
 * The e-mail is checked (syntax, disposable, role, free-mail, MX), the title classified
 * (seniority, department), the phone described (E.164, country, line type), the LinkedIn
 * URL normalised. Found when any of them gave a value; failed when the e-mail was the
 * only input and DNS did not answer.
 * <p>
 * MX answers are cached for an hour ({@link #CACHE_FOR}), so a run asks each domain once
 * (a run of a million contacts takes minutes); a chunk's lookups run in parallel.
 */
public class PersonStage implements EnrichmentStage {

	public static final String NAME = "person";

	static final Duration CACHE_FOR = Duration.ofHours(1);

	private static final ForkJoinPool LOOKUPS = new ForkJoinPool(16);

	private final Supplier<MxLookup> lookups;

	private final Clock clock;

	private final TitleClassifier titles = new TitleClassifier();

	private volatile CachedLookup current;

	private record CachedLookup(long period, EmailVerifier verifier) {
	}

	/**
	 * @param lookups makes a fresh (caching) MX lookup, one per {@link #CACHE_FOR}
	 */
	public PersonStage(Supplier<MxLookup> lookups, Clock clock) {
		this.lookups = lookups;
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String description() {
		return "Person: e-mail checks (syntax, disposable, role, free-mail, MX), title seniority and department, "
				+ "phone E.164 and line type, LinkedIn URL";
	}

	@Override
	public EnrichedEntity entity() {
		return EnrichedEntity.CONTACT_ENTITY;
	}

	@Override
	public List<String> fields() {
		return List.of("emailStatus", "emailCheck", "seniority", "department", "phoneE164", "phoneCountry", "phoneType",
				"linkedinUrl");
	}

	@Override
	public Map<String, Field<?>> columns() {
		return Map.of("emailStatus", CONTACT_ENRICHMENT.EMAIL_STATUS, "seniority", CONTACT_ENRICHMENT.SENIORITY,
				"department", CONTACT_ENRICHMENT.DEPARTMENT);
	}

	@Override
	public int costPerItem() {
		return 1;
	}

	@Override
	public Condition workable() {
		return CONTACT.EMAIL.isNotNull()
			.or(CONTACT.TITLE.isNotNull())
			.or(CONTACT.PHONE.isNotNull())
			.or(CONTACT.LINKEDIN_URL.isNotNull());
	}

	@Override
	public List<ItemResult> enrich(List<? extends Record> items) {
		EmailVerifier verifier = verifier();
		Map<String, String> logging = Objects.requireNonNullElse(MDC.getCopyOfContextMap(), Map.of());
		try {
			return LOOKUPS.submit(() -> items.parallelStream().map((item) -> {
				try (LoggingContext.Entered ignored = LoggingContext.enter(logging)) {
					return enrich(item, verifier);
				}
			}).toList()).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while checking e-mail domains", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Person stage failed: " + ex.getCause().getMessage(), ex.getCause());
		}
	}

	ItemResult enrich(Record item, EmailVerifier verifier) {
		long id = item.get(CONTACT.ID);
		Map<String, EnrichedValue> fields = new LinkedHashMap<>();
		String email = item.get(CONTACT.EMAIL);
		EmailVerdict verdict = (email != null) ? verifier.verify(email) : null;
		if (verdict != null && !"dns-unavailable".equals(verdict.reason())) {
			fields.put("emailStatus", EnrichedValue.of(verdict.status(), "dns"));
			fields.put("emailCheck", EnrichedValue.of(verdict.reason(), "dns"));
		}
		TitleClass title = this.titles.classify(item.get(CONTACT.TITLE));
		if (title != null && title.seniority() != null) {
			fields.put("seniority", EnrichedValue.of(title.seniority().name(), "rules"));
		}
		if (title != null && title.department() != null) {
			fields.put("department", EnrichedValue.of(title.department().name(), "rules"));
		}
		PhoneDetails phone = (item.get(CONTACT.PHONE) != null)
				? PhoneNumbers.details(item.get(CONTACT.PHONE), item.get(CONTACT.COUNTRY)) : null;
		if (phone != null) {
			fields.put("phoneE164", EnrichedValue.of(phone.e164(), "libphonenumber"));
			fields.put("phoneCountry", EnrichedValue.of(phone.regionCode(), "libphonenumber"));
			fields.put("phoneType", EnrichedValue.of(phone.lineType(), "libphonenumber"));
		}
		String linkedIn = (item.get(CONTACT.LINKEDIN_URL) != null)
				? LinkedInUrls.normalise(item.get(CONTACT.LINKEDIN_URL)) : null;
		if (linkedIn != null) {
			fields.put("linkedinUrl", EnrichedValue.of(linkedIn, "rules"));
		}
		if (!fields.isEmpty()) {
			return ItemResult.found(id, fields);
		}
		if (verdict != null) {
			return ItemResult.failed(id, "DNS did not answer for " + verdict.asciiDomain() + "; try again later");
		}
		return ItemResult.notFound(id, (item.get(CONTACT.TITLE) != null || item.get(CONTACT.PHONE) != null)
				? "Neither the title nor the phone could be read" : "No e-mail, title, phone or LinkedIn URL");
	}

	private EmailVerifier verifier() {
		long period = this.clock.millis() / CACHE_FOR.toMillis();
		CachedLookup cached = this.current;
		if (cached == null || cached.period() != period) {
			synchronized (this) {
				cached = this.current;
				if (cached == null || cached.period() != period) {
					cached = new CachedLookup(period, new EmailVerifier(this.lookups.get()));
					this.current = cached;
				}
			}
		}
		return cached.verifier();
	}

}
