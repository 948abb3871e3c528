package dev.leadline.jobs.enrichment.company;

import static dev.leadline.db.jooq.Tables.COMPANY;

import dev.leadline.jobs.enrichment.EnrichedEntity;
import dev.leadline.jobs.enrichment.EnrichedValue;
import dev.leadline.jobs.enrichment.EnrichmentStage;
import dev.leadline.jobs.enrichment.ItemResult;
import dev.leadline.jobs.enrichment.person.EmailVerifier;
import dev.leadline.jobs.enrichment.person.MxLookup;
import dev.leadline.jobs.logging.ContextPropagatingExecutorService;
import dev.leadline.jobs.outbound.FetchFailedException;
import dev.leadline.jobs.outbound.FetchRefusedException;
import dev.leadline.jobs.outbound.GuardedFetcher;
import dev.leadline.jobs.outbound.ProviderCalls;
import dev.leadline.jobs.outbound.ProviderMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.Record;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code company} (L1): a company's own website, read through the guarded fetcher: the
 * homepage and the about, legal-notice and contact pages it links to. Found when the
 * pages gave any fact; not found when the site says nothing readable, or the guard
 * refused it (the reason says why); failed when it could not be read (try again later). A
 * chunk's sites are read in parallel.
 */
public class CompanyStage implements EnrichmentStage {

	public static final String NAME = "company";

	private final CompanyStageProperties properties;

	private final WebsiteCrawler crawler;

	private final Supplier<MxLookup> lookups;

	private final JsonLd jsonLd;

	private final ExecutorService threads;

	private final ProviderMetrics metrics;

	public CompanyStage(CompanyStageProperties properties, GuardedFetcher fetcher, Supplier<MxLookup> lookups,
			JsonMapper json) {
		this(properties, fetcher, lookups, json, ProviderMetrics.NONE);
	}

	public CompanyStage(CompanyStageProperties properties, GuardedFetcher fetcher, Supplier<MxLookup> lookups,
			JsonMapper json, ProviderMetrics metrics) {
		this.properties = properties;
		this.metrics = metrics;
		this.crawler = new WebsiteCrawler(fetcher);
		this.lookups = lookups;
		this.jsonLd = new JsonLd(json);
		this.threads = ContextPropagatingExecutorService
			.of(Executors.newFixedThreadPool(properties.concurrency(), (task) -> {
				Thread thread = new Thread(task, "company-stage");
				thread.setDaemon(true);
				return thread;
			}));
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String description() {
		return "Company: the website's name, description, language, social links, public e-mails and phones, "
				+ "technologies, country hints and industry";
	}

	@Override
	public EnrichedEntity entity() {
		return EnrichedEntity.COMPANY_ENTITY;
	}

	@Override
	public List<String> fields() {
		return List.of("name", "description", "language", "industry", "socialLinks", "technologies", "emails", "phones",
				"countryHints");
	}

	@Override
	public int costPerItem() {
		return this.properties.costPerItem();
	}

	@Override
	public Condition workable() {
		return COMPANY.DOMAIN.isNotNull().or(COMPANY.WEBSITE.isNotNull());
	}

	@Override
	public List<ItemResult> enrich(List<? extends Record> items) {
		SiteFacts facts = new SiteFacts(new EmailVerifier(this.lookups.get()), this.jsonLd);
		List<Callable<ItemResult>> tasks = new ArrayList<>();
		items.forEach((item) -> tasks.add(() -> safely(item, () -> enrich(item, facts))));
		try {
			List<ItemResult> results = new ArrayList<>();
			for (Future<ItemResult> result : this.threads.invokeAll(tasks)) {
				results.add(result.get());
			}
			return results;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading company websites", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Company stage failed: " + ex.getCause().getMessage(), ex.getCause());
		}
	}

	/**
	 * One company's trouble (a page that breaks the parser, say) fails that company, not
	 * the chunk.
	 */
	private static ItemResult safely(Record item, java.util.function.Supplier<ItemResult> work) {
		try {
			return work.get();
		}
		catch (RuntimeException ex) {
			return ItemResult.failed(item.get(COMPANY.ID), "Unexpected: " + ex);
		}
	}

	ItemResult enrich(Record item, SiteFacts facts) {
		long id = item.get(COMPANY.ID);
		String start = (item.get(COMPANY.WEBSITE) != null && !item.get(COMPANY.WEBSITE).isBlank())
				? item.get(COMPANY.WEBSITE) : item.get(COMPANY.DOMAIN);
		if (start == null || start.isBlank()) {
			return ItemResult.notFound(id, "No website or domain");
		}
		ProviderCalls calls = new ProviderCalls(this.metrics);
		try {
			Map<String, EnrichedValue> found = facts.of(this.crawler.crawl(start, calls));
			ItemResult result = found.isEmpty()
					? ItemResult.notFound(id, "The website " + start + " says nothing we read")
					: ItemResult.found(id, found);
			return result.withCalls(calls.all());
		}
		catch (FetchRefusedException ex) {
			return ItemResult.notFound(id, "Not fetched (" + ex.reason().code() + "): " + ex.getMessage())
				.withCalls(calls.all());
		}
		catch (FetchFailedException ex) {
			return ItemResult.failed(id, "The website could not be read: " + ex.getMessage()).withCalls(calls.all());
		}
		catch (IllegalArgumentException ex) {
			return ItemResult.notFound(id, "The website " + start + " is not a usable address").withCalls(calls.all());
		}
	}

}
