package dev.leadline.jobs.enrichment.company;

import static dev.leadline.db.jooq.Tables.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.db.jooq.tables.records.CompanyRecord;
import dev.leadline.jobs.enrichment.EnrichedValue;
import dev.leadline.jobs.enrichment.ItemResult;
import dev.leadline.jobs.enrichment.person.MxAnswer;
import dev.leadline.jobs.outbound.FetchLimits;
import dev.leadline.jobs.outbound.GuardedFetcher;
import dev.leadline.jobs.outbound.ProviderCall;
import dev.leadline.jobs.outbound.StubHttpServer;
import java.time.Instant;
import java.util.List;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Company stage against a stub site on loopback: a German manufacturer's homepage,
 * its Impressum, about and contact pages, as such sites are built.
 */
class CompanyStageTests {

	static final String HOME = """
			<!DOCTYPE html>
			<html lang="de-DE">
			<head>
			  <meta charset="utf-8">
			  <title>Muster Maschinenbau GmbH | Präzisionsteile aus Stuttgart</title>
			  <meta name="description" content="Muster Maschinenbau fertigt seit 1987 Präzisionsteile
			      für die Automobil- und Medizintechnik.">
			  <meta property="og:site_name" content="Muster Maschinenbau">
			  <meta property="og:locale" content="de_DE">
			  <meta name="generator" content="WordPress 6.5.3">
			  <link rel="stylesheet" href="/wp-content/themes/muster/style.css">
			  <script src="https://www.googletagmanager.com/gtm.js?id=GTM-ABC123"></script>
			  <script src="https://js.hs-scripts.com/1234567.js"></script>
			  <script src="https://consent.cookiebot.com/uc.js"></script>
			  <script type="application/ld+json">
			  {"@context":"https://schema.org","@graph":[
			    {"@type":"WebSite","name":"Muster Website","url":"/"},
			    {"@type":["Organization","Manufacturer"],"name":"Muster Maschinenbau GmbH",
			     "telephone":"+49 711 123456-0",
			     "address":{"@type":"PostalAddress","addressLocality":"Stuttgart","addressCountry":"DE"},
			     "sameAs":["https://www.linkedin.com/company/muster-maschinenbau"]}]}
			  </script>
			  <script type="application/ld+json">{ broken json </script>
			</head>
			<body>
			  <nav>
			    <a href="/">Start</a>
			    <a href="/unternehmen/ueber-uns/">Über uns</a>
			    <a href="/kontakt">Kontakt</a>
			    <a href="https://other.example/impressum">Partner-Impressum</a>
			  </nav>
			  <main><h1>Präzision seit 1987</h1><p>Wir liefern weltweit.</p></main>
			  <footer>
			    <a href="/impressum">Impressum</a>
			    <a href="https://www.linkedin.com/company/muster-maschinenbau/">LinkedIn</a>
			    <a href="https://www.facebook.com/sharer/sharer.php?u=x">Teilen</a>
			    <a href="https://www.xing.com/pages/mustermaschinenbau">XING</a>
			    <a href="https://twitter.com/muster_mb?lang=de">X</a>
			  </footer>
			</body>
			</html>
			""";

	static final String IMPRESSUM = """
			<html lang="de"><head><title>Impressum</title></head><body>
			<h1>Impressum</h1>
			<p>Muster Maschinenbau GmbH<br>Industriestraße 12<br>70565 Stuttgart</p>
			<p>Telefon: +49 (0)711 123456-0<br>Telefax: +49 711 123456-99</p>
			<p>E-Mail: <a href="mailto:info@muster-mb.de">info@muster-mb.de</a></p>
			<p>Registergericht: Amtsgericht Stuttgart, HRB 12345</p>
			<p>Kein Postfach: noreply@mailinator.com, alt: kontakt@nomail.example</p>
			</body></html>
			""";

	static final String ABOUT = """
			<html lang="de"><head><title>Über uns</title></head><body>
			<p>Geschäftsführung: Anna Beispiel, anna.beispiel@muster-mb.de</p></body></html>
			""";

	static final String CONTACT = """
			<html lang="de"><head><title>Kontakt</title></head><body>
			<a href="tel:+497111234560">Anrufen</a> <a href="mailto:vertrieb@muster-mb.de?subject=Anfrage">Vertrieb</a>
			</body></html>
			""";

	private final StubHttpServer site = new StubHttpServer();

	private final CompanyStage stage = new CompanyStage(new CompanyStageProperties(2, 4),
			new GuardedFetcher(FetchLimits.defaults().withAllowLoopback(true), (host) -> {
				throw new java.net.UnknownHostException(host);
			}), () -> (domain) -> domain.equals("nomail.example") ? new MxAnswer(MxAnswer.Kind.NO_MX, List.of(), "")
					: new MxAnswer(MxAnswer.Kind.HAS_MX, List.of("mx." + domain), ""),
			JsonMapper.builder().build());

	@AfterEach
	void stop() {
		this.site.close();
	}

	@Test
	void readsTheHomepageAndItsAboutLegalAndContactPages() {
		serveMusterSite();
		Instant before = Instant.now();

		ItemResult result = this.stage.enrich(List.of(company(7, this.site.uri("/").toString()))).get(0);

		assertThat(result.outcome()).as(result.reason()).isEqualTo(ItemResult.Outcome.FOUND);
		assertThat(value(result, "name")).isEqualTo("Muster Maschinenbau");
		assertThat(value(result, "description").toString()).startsWith("Muster Maschinenbau fertigt seit 1987")
			.doesNotContain("\n");
		assertThat(value(result, "language")).isEqualTo("de");
		assertThat(value(result, "industry")).isEqualTo("Manufacturer");
		assertThat(value(result, "socialLinks")).isEqualTo(List.of("https://linkedin.com/company/muster-maschinenbau",
				"https://xing.com/pages/mustermaschinenbau", "https://twitter.com/muster_mb"));
		assertThat(value(result, "technologies"))
			.isEqualTo(List.of("Cookiebot", "Google Tag Manager", "HubSpot", "WordPress"));
		assertThat(value(result, "emails"))
			.isEqualTo(List.of("info@muster-mb.de", "vertrieb@muster-mb.de", "anna.beispiel@muster-mb.de"));
		assertThat(value(result, "phones")).isEqualTo(List.of("+497111234560", "+4971112345699"));
		assertThat(value(result, "countryHints")).isEqualTo(List.of("DE"));
		EnrichedValue emails = result.fields().get("emails");
		assertThat(emails.url()).isEqualTo(this.site.uri("/impressum").toString());
		assertThat(emails.fetchedAt()).isAfterOrEqualTo(before);
		assertThat(result.fields().get("name").url()).isEqualTo(this.site.uri("/").toString());
		assertThat(result.calls()).extracting(ProviderCall::provider).containsOnly("website");
		assertThat(result.calls()).hasSize(4).allSatisfy((call) -> assertThat(call.status()).isEqualTo(200));
		assertThat(this.site.requests()).isEqualTo(4);
	}

	@Test
	void aSiteThatSaysNothingIsNotFoundAndAMissingOneFails() {
		this.site.on("/empty/",
				(exchange) -> StubHttpServer.send(exchange, 200, "text/html", "<html><body></body></html>"));
		this.site.on("/gone/", (exchange) -> StubHttpServer.send(exchange, 404, "text/html", "<p>nope</p>"));

		List<ItemResult> results = this.stage.enrich(List.of(company(1, this.site.uri("/empty/").toString()),
				company(2, this.site.uri("/gone/").toString()), company(3, null)));

		assertThat(results).extracting(ItemResult::outcome)
			.containsExactly(ItemResult.Outcome.NOT_FOUND, ItemResult.Outcome.FAILED, ItemResult.Outcome.NOT_FOUND);
		assertThat(results.get(0).calls()).hasSize(1);
		assertThat(results.get(2).reason()).isEqualTo("No website or domain");
	}

	@Test
	void aCompanyWhoseSiteIsAPrivateAddressIsRefusedWithTheReason() {
		ItemResult result = this.stage.enrich(List.of(company(5, "http://10.0.0.7/"))).get(0);

		assertThat(result.outcome()).isEqualTo(ItemResult.Outcome.NOT_FOUND);
		assertThat(result.reason()).startsWith("Not fetched (forbidden-address)");
		assertThat(result.calls()).extracting(ProviderCall::outcome).containsExactly("refused");
	}

	@Test
	void socialProfilesNamedOnlyInSchemaOrgSameAsAreFound() {
		this.site.on("/", (exchange) -> StubHttpServer.send(exchange, 200, "text/html",
				"""
						<html lang="nb"><head><title>Fjord Pumps</title>
						<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization",
						 "name":"Fjord Pumps AS","sameAs":["https://www.linkedin.com/company/fjord-pumps/","not a link"]}</script>
						<script type="application/ld+json">{"@type":"Corporation","name":"Fjord Pumps AS",
						 "sameAs":"https://www.instagram.com/fjordpumps"}</script>
						</head><body><p>Pumps.</p></body></html>"""));

		ItemResult result = this.stage.enrich(List.of(company(1, this.site.uri("/").toString()))).get(0);

		assertThat(value(result, "socialLinks"))
			.isEqualTo(List.of("https://linkedin.com/company/fjord-pumps", "https://instagram.com/fjordpumps"));
	}

	@Test
	void aSiteWithoutTlsIsReadOverHttpWhenOnlyItsDomainOrHttpsRootIsKnown() {
		serveMusterSite();
		// The stub speaks plain HTTP: https to it cannot connect (no TLS answer).
		CompanyStage plainSite = new CompanyStage(new CompanyStageProperties(2, 4),
				new GuardedFetcher(new FetchLimits(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(5),
						java.time.Duration.ofSeconds(20), 2_097_152, 5, true), (host) -> {
							throw new java.net.UnknownHostException(host);
						},
						java.util.Map.of("muster-mb.de",
								new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(),
										this.site.port()))),
				() -> (domain) -> new MxAnswer(MxAnswer.Kind.HAS_MX, List.of("mx." + domain), ""),
				JsonMapper.builder().build());

		List<ItemResult> results = plainSite.enrich(List.of(company(1, "muster-mb.de"),
				company(2, "https://muster-mb.de"), company(3, "https://muster-mb.de/unternehmen/ueber-uns/")));

		assertThat(results.get(0).outcome()).as(results.get(0).reason()).isEqualTo(ItemResult.Outcome.FOUND);
		assertThat(results.get(0).fields().get("name").url()).isEqualTo("http://muster-mb.de/");
		assertThat(results.get(1).outcome()).as("the https root an import derives from a domain")
			.isEqualTo(ItemResult.Outcome.FOUND);
		assertThat(results.get(2).outcome()).as("a page address is taken as typed")
			.isEqualTo(ItemResult.Outcome.FAILED);
	}

	private void serveMusterSite() {
		this.site.on("/", (exchange) -> StubHttpServer.send(exchange, 200, "text/html; charset=utf-8",
				exchange.getRequestURI().getPath().equals("/") ? HOME : "<p>404</p>"));
		this.site.on("/impressum", (exchange) -> StubHttpServer.send(exchange, 200, "text/html", IMPRESSUM));
		this.site.on("/unternehmen/ueber-uns/", (exchange) -> StubHttpServer.send(exchange, 200, "text/html", ABOUT));
		this.site.on("/kontakt", (exchange) -> StubHttpServer.send(exchange, 200, "text/html", CONTACT));
	}

	private static Object value(ItemResult result, String field) {
		assertThat(result.fields()).containsKey(field);
		return result.fields().get(field).value();
	}

	static CompanyRecord company(long id, String website) {
		CompanyRecord company = DSL.using(SQLDialect.POSTGRES).newRecord(COMPANY);
		company.setId(id);
		company.setTenantId(1L);
		company.setName("Company " + id);
		company.setWebsite(website);
		return company;
	}

}
