package dev.leadline.jobs.csvimport;

import static dev.leadline.db.jooq.Tables.CONTACT_IMPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.jobs.csvimport.mapping.HeaderMemory;
import dev.leadline.jobs.csvimport.mapping.LlmMappingProperties;
import dev.leadline.jobs.csvimport.mapping.LlmMappingRefiner;
import dev.leadline.jobs.platform.JobRuns;
import dev.leadline.jobs.platform.PlatformTestSupport;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import leadlinetest.PlatformTestApplication;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading a file again asks the language model with no transaction open and no lock on
 * the import's row, and keeps its answer only if the import did not change meanwhile.
 */
@SpringBootTest(classes = PlatformTestApplication.class)
class ImportReformatIntegrationTests {

	private static final String CSV = """
			Email,Rolle,Stadt
			ann@acme.io,Head of Sales,Berlin
			bo@acme.io,CTO,Paris
			""";

	@Autowired
	PlatformTestSupport platform;

	@Autowired
	ImportTestSupport imports;

	@Autowired
	DSLContext dsl;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JsonMapper json;

	@Autowired
	ContactImports contactImports;

	@Autowired
	AutowireCapableBeanFactory beans;

	@Autowired
	ImportFiles files;

	@Autowired
	HeaderMemory memory;

	@Autowired
	JobRuns runs;

	@Autowired
	ImportProperties properties;

	private HttpServer model;

	private final CountDownLatch asked = new CountDownLatch(1);

	private final CountDownLatch answer = new CountDownLatch(1);

	@BeforeEach
	void startModel() throws IOException {
		model = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		model.createContext("/v1/messages", exchange -> {
			exchange.getRequestBody().readAllBytes();
			asked.countDown();
			try {
				answer.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			byte[] body = json
				.writeValueAsString(Map.of("content",
						List.of(Map.of("type", "text", "text",
								"{\"columns\":[{\"column\":1,\"field\":\"JOB_TITLE\",\"confidence\":0.93}]}"))))
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		model.start();
	}

	@AfterEach
	void stopModel() {
		answer.countDown();
		model.stop(0);
	}

	@Test
	void theModelIsAskedWithNoTransactionOpenAndTheRowLockableByOthers() throws Exception {
		long tenant = platform.aTenant();
		long id = imports.upload(tenant, CSV);

		CompletableFuture<Void> reformat = reformatAsking(tenant, id);
		assertThat(asked.await(20, TimeUnit.SECONDS)).as("the model was asked (in no transaction)").isTrue();
		Long locked = imports.as(tenant,
				() -> transactions.execute(status -> dsl.select(CONTACT_IMPORT.ID)
					.from(CONTACT_IMPORT)
					.where(CONTACT_IMPORT.ID.eq(id))
					.forUpdate()
					.noWait()
					.fetchOne(CONTACT_IMPORT.ID)));
		assertThat(locked).isEqualTo(id);
		answer.countDown();
		reformat.get(20, TimeUnit.SECONDS);

		assertThat(suggestedFields(tenant, id)).containsExactly("EMAIL", "JOB_TITLE", "CITY");
	}

	@Test
	void theAnswerIsDroppedWhenTheImportStartedMeanwhile() throws Exception {
		long tenant = platform.aTenant();
		long id = imports.upload(tenant, CSV);

		CompletableFuture<Void> reformat = reformatAsking(tenant, id);
		assertThat(asked.await(20, TimeUnit.SECONDS)).isTrue();
		long run = imports.start(tenant, id);
		answer.countDown();

		assertThatThrownBy(() -> reformat.get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
			.cause()
			.isInstanceOf(ImportStateException.class);
		assertThat(suggestedFields(tenant, id)).containsExactly("EMAIL", "CUSTOM", "CITY");
		platform.awaitStatus(run, JobRunStatus.COMPLETED, Duration.ofSeconds(60));
	}

	private CompletableFuture<Void> reformatAsking(long tenant, long id) {
		LlmMappingRefiner refiner = new LlmMappingRefiner(
				new LlmMappingProperties("key", URI.create("http://localhost:" + model.getAddress().getPort()),
						"test-model", Duration.ofSeconds(30), 0.8),
				json,
				new dev.leadline.jobs.outbound.GuardedFetcher(
						dev.leadline.jobs.outbound.FetchLimits.defaults().withAllowLoopback(true),
						dev.leadline.jobs.outbound.HostResolver.SYSTEM));
		// Through the context's post-processors, so that the instance is as transactional
		// as the bean.
		ContactImports withModel = (ContactImports) beans.initializeBean(
				new ContactImports(dsl, files, memory, runs, properties, json, refiner, transactions),
				"importsWithModel");
		return CompletableFuture.runAsync(() -> imports.as(tenant, () -> {
			withModel.reformat(id, FormatOverrides.NONE);
			return null;
		}));
	}

	private List<String> suggestedFields(long tenant, long id) {
		return contactImports.suggestions(imports.importRow(tenant, id)).stream().map(s -> s.field().name()).toList();
	}

}
