package dev.leadline.jobs.enrichment.research;

import static dev.leadline.db.jooq.Tables.COMPANY;

import dev.leadline.jobs.enrichment.EnrichedEntity;
import dev.leadline.jobs.enrichment.EnrichedValue;
import dev.leadline.jobs.enrichment.EnrichmentStage;
import dev.leadline.jobs.enrichment.ItemResult;
import dev.leadline.jobs.enrichment.company.WebsiteCrawler;
import dev.leadline.jobs.logging.ContextPropagatingExecutorService;
import dev.leadline.jobs.outbound.Provider;
import dev.leadline.jobs.outbound.ProviderCalls;
import dev.leadline.jobs.outbound.ProviderUnavailableException;
import dev.leadline.jobs.outbound.Providers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongFunction;
import org.jooq.Condition;
import org.jooq.Record;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code research} (L2): a language model reads the company's facts and homepage text and
 * answers industry (fixed taxonomy), employee range, business model, a summary and a fit
 * score with reasons against the tenant's ideal customer. Providers are asked in the
 * configured order; the first valid answer wins and is the only one charged. A malformed
 * or partial answer is asked again once with the validation errors, then the next
 * provider is tried; a refusal moves on at once. Each company has a token budget. Only
 * available when a provider is configured.
 */
public class DeepResearchStage implements EnrichmentStage {

	public static final String NAME = "research";

	private static final String SYSTEM = """
			You research companies for a B2B sales team. Answer only with one JSON object, no prose, in this shape:
			%s
			Judge the fit against the ideal customer described by the user. Use only the facts and page text given; \
			where they do not say, choose the most likely value.""".formatted(ResearchSchema.shape());

	private final ResearchStageProperties properties;

	private final Providers providers;

	private final WebsiteCrawler homepages;

	private final LongFunction<String> idealCustomers;

	private final JsonMapper json;

	private final ResearchSchema schema;

	private final ExecutorService threads;

	/**
	 * @param idealCustomers a tenant's ideal-customer description by tenant id (null when
	 * it has none)
	 */
	public DeepResearchStage(ResearchStageProperties properties, Providers providers,
			LongFunction<String> idealCustomers, JsonMapper json) {
		this.properties = properties;
		this.providers = providers;
		this.homepages = new WebsiteCrawler(providers.fetcher());
		this.idealCustomers = idealCustomers;
		this.json = json;
		this.schema = new ResearchSchema(json);
		this.threads = ContextPropagatingExecutorService
			.of(Executors.newFixedThreadPool(properties.concurrency(), (task) -> {
				Thread thread = new Thread(task, "research-stage");
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
		return "Deep research: industry, employee range, business model, summary and fit score by a language model";
	}

	@Override
	public EnrichedEntity entity() {
		return EnrichedEntity.COMPANY_ENTITY;
	}

	@Override
	public List<String> fields() {
		return List.of("industryClass", "employeeRange", "businessModel", "summary", "fitScore", "fitReasons");
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
	public Optional<String> unavailableReason() {
		return models().isEmpty()
				? Optional.of("No language model is configured: set LEADLINE_ANTHROPIC_API_KEY, "
						+ "or an OpenAI-compatible endpoint, and list it in leadline.enrichment.research.providers")
				: Optional.empty();
	}

	@Override
	public List<ItemResult> enrich(List<? extends Record> items) {
		if (items.isEmpty()) {
			return List.of();
		}
		String idealCustomer = this.idealCustomers.apply(items.get(0).get(COMPANY.TENANT_ID));
		List<Callable<ItemResult>> tasks = new ArrayList<>();
		items.forEach((item) -> tasks.add(() -> safely(item, () -> enrich(item, idealCustomer))));
		try {
			List<ItemResult> results = new ArrayList<>();
			for (Future<ItemResult> result : this.threads.invokeAll(tasks)) {
				results.add(result.get());
			}
			return results;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while researching companies", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Research stage failed: " + ex.getCause().getMessage(), ex.getCause());
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

	ItemResult enrich(Record company, String idealCustomer) {
		long id = company.get(COMPANY.ID);
		ProviderCalls calls = this.providers.newCalls();
		ResearchInput input = ResearchInput.of(company, pageText(company, calls), this.json);
		if (input.isEmpty()) {
			return ItemResult.notFound(id, "Nothing to research: no homepage text and no website facts")
				.withCalls(calls.all());
		}
		String prompt = prompt(input, idealCustomer);
		TokenBudget budget = new TokenBudget(this.properties.tokenBudget());
		List<String> failures = new ArrayList<>();
		for (Map.Entry<Provider, ModelClient> model : models().entrySet()) {
			Provider provider = model.getKey();
			try {
				ResearchSchema.Checked answer = research(provider, model.getValue(), prompt, budget, calls);
				if (answer.valid()) {
					Instant at = calls.last().calledAt();
					Map<String, EnrichedValue> fields = new LinkedHashMap<>();
					String url = provider.settings().baseUrl().toString();
					answer.fields()
						.forEach((field, value) -> fields.put(field.equals("industry") ? "industryClass" : field,
								EnrichedValue.from(value, provider.name(), url, at)));
					return ItemResult.found(id, fields).withCalls(calls.all());
				}
				failures.add(provider.name() + ": " + String.join("; ", answer.errors()));
			}
			catch (ProviderUnavailableException | ModelRefusedException ex) {
				failures.add(ex.getMessage());
			}
			catch (TokenBudget.SpentException ex) {
				failures.add(ex.getMessage());
				break;
			}
		}
		return ItemResult.failed(id, "No valid answer: " + String.join(" | ", failures)).withCalls(calls.all());
	}

	/**
	 * One provider: ask, and once more with the errors when the answer does not validate.
	 */
	private ResearchSchema.Checked research(Provider provider, ModelClient client, String prompt, TokenBudget budget,
			ProviderCalls calls) {
		List<ModelClient.Turn> turns = new ArrayList<>(List.of(new ModelClient.Turn("user", prompt)));
		ResearchSchema.Checked checked = null;
		for (int round = 0; round < 2; round++) {
			int maxTokens = budget.allow(SYSTEM.length() + turns.stream().mapToInt((t) -> t.text().length()).sum(),
					this.properties.maxOutputTokens());
			ModelReply reply = client.ask(provider, SYSTEM, turns, maxTokens, calls);
			budget.spend(reply.tokens());
			if (reply.refusal() != null) {
				throw new ModelRefusedException(provider.name() + " refused: " + reply.refusal());
			}
			checked = this.schema.check(reply.text());
			if (checked.valid()) {
				return checked;
			}
			turns.add(new ModelClient.Turn("assistant", reply.text().isBlank() ? "(empty)" : reply.text()));
			turns.add(new ModelClient.Turn("user", "Your answer does not validate: "
					+ String.join("; ", checked.errors()) + ". Answer again with only the corrected JSON object."));
		}
		return checked;
	}

	private String prompt(ResearchInput input, String idealCustomer) {
		String page = input.pageText();
		if (page.length() > this.properties.pageTextChars()) {
			page = page.substring(0, this.properties.pageTextChars());
		}
		return "Ideal customer: "
				+ ((idealCustomer == null || idealCustomer.isBlank())
						? "(none described: score how typical a B2B buyer of software this company is)" : idealCustomer)
				+ "\n\nCompany facts (JSON): " + this.json.writeValueAsString(input.facts()) + "\n\nHomepage text:\n"
				+ (page.isBlank() ? "(none)" : page);
	}

	/** The homepage's visible text, or null when it cannot be read. */
	private String pageText(Record company, ProviderCalls calls) {
		String start = (company.get(COMPANY.WEBSITE) != null) ? company.get(COMPANY.WEBSITE)
				: company.get(COMPANY.DOMAIN);
		return (start == null || start.isBlank()) ? null : this.homepages.homepageText(start, calls);
	}

	/**
	 * The configured language models in waterfall order: those with an API (and a key
	 * where one is needed).
	 */
	private Map<Provider, ModelClient> models() {
		Map<Provider, ModelClient> models = new LinkedHashMap<>();
		for (String name : this.properties.providers()) {
			this.providers.get(name)
				.filter((provider) -> provider.settings().baseUrl() != null)
				.filter((provider) -> provider.settings().hasApiKey() || "openai".equals(provider.settings().api()))
				.filter((provider) -> "anthropic".equals(provider.settings().api())
						|| "openai".equals(provider.settings().api()))
				.ifPresent((provider) -> models.put(provider, ModelClient.of(provider.settings().api(), this.json)));
		}
		return models;
	}

}
