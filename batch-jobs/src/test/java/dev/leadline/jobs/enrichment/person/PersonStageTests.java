package dev.leadline.jobs.enrichment.person;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.db.jooq.tables.records.ContactRecord;
import dev.leadline.jobs.enrichment.ItemResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PersonStageTests {

	private final AtomicInteger lookups = new AtomicInteger();

	private final Map<String, MxAnswer> zone = new ConcurrentHashMap<>(
			Map.of("acme.test", MxAnswer.hasMx(List.of("mx.acme.test"), "mx"), "gone.test", MxAnswer.noMx("nxdomain"),
					"slow.test", MxAnswer.unavailable("timeout")));

	private final PersonStage stage = new PersonStage(() -> new CachingMxLookup((domain) -> {
		lookups.incrementAndGet();
		return zone.getOrDefault(domain, MxAnswer.noMx("nxdomain"));
	}, 1000), Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC));

	@Test
	void aContactGetsEveryFieldItsValuesSupport() {
		ItemResult result = stage.enrich(List.of(contact(1, "ana@acme.test", "VP of Sales EMEA", "+49 30 1234567", "DE",
				"https://de.linkedin.com/in/ana-garcia/?trk=x")))
			.get(0);
		assertThat(result.outcome()).isEqualTo(ItemResult.Outcome.FOUND);
		assertThat(result.fields().get("emailStatus").value()).isEqualTo("VALID");
		assertThat(result.fields().get("emailCheck").value()).isEqualTo("valid");
		assertThat(result.fields().get("seniority").value()).isEqualTo("VP");
		assertThat(result.fields().get("department").value()).isEqualTo("SALES");
		assertThat(result.fields().get("phoneE164").value()).isEqualTo("+49301234567");
		assertThat(result.fields().get("phoneCountry").value()).isEqualTo("DE");
		assertThat(result.fields().get("linkedinUrl").value()).isEqualTo("https://www.linkedin.com/in/ana-garcia");
	}

	@Test
	void eachDomainIsLookedUpOncePerRunWhateverTheNumberOfContacts() {
		List<ContactRecord> contacts = new java.util.ArrayList<>();
		for (int i = 0; i < 300; i++) {
			contacts
				.add(contact(i, "p" + i + "@" + ((i % 2 == 0) ? "acme.test" : "gone.test"), null, null, null, null));
		}
		List<ItemResult> results = stage.enrich(contacts);
		assertThat(lookups.get()).isEqualTo(2);
		assertThat(results).filteredOn((r) -> "INVALID".equals(r.fields().get("emailStatus").value())).hasSize(150);
		assertThat(results).filteredOn((r) -> "no-mx".equals(r.fields().get("emailCheck").value())).hasSize(150);
	}

	@Test
	void withoutAnAnswerFromDnsAnEmailOnlyContactFailsAndIsNotCharged() {
		ItemResult result = stage.enrich(List.of(contact(7, "bo@slow.test", null, null, null, null))).get(0);
		assertThat(result.outcome()).isEqualTo(ItemResult.Outcome.FAILED);
		assertThat(result.reason()).contains("slow.test");
	}

	@Test
	void aContactWithNothingToWorkOnIsNotFound() {
		ItemResult result = stage.enrich(List.of(contact(8, null, null, null, null, null))).get(0);
		assertThat(result.outcome()).isEqualTo(ItemResult.Outcome.NOT_FOUND);
		assertThat(result.reason()).isEqualTo("No e-mail, title, phone or LinkedIn URL");
	}

	@Test
	void disposableAndRoleAddressesAreFlagged() {
		List<ItemResult> results = stage.enrich(List.of(contact(1, "x@mailinator.com", null, null, null, null),
				contact(2, "info@acme.test", null, null, null, null)));
		assertThat(results.get(0).fields().get("emailCheck").value()).isEqualTo("disposable");
		assertThat(results.get(0).fields().get("emailStatus").value()).isEqualTo("INVALID");
		assertThat(results.get(1).fields().get("emailCheck").value()).isEqualTo("role");
		assertThat(results.get(1).fields().get("emailStatus").value()).isEqualTo("RISKY");
	}

	private static ContactRecord contact(long id, String email, String title, String phone, String country,
			String linkedIn) {
		ContactRecord contact = new ContactRecord();
		contact.setId(id);
		contact.setEmail(email);
		contact.setTitle(title);
		contact.setPhone(phone);
		contact.setCountry(country);
		contact.setLinkedinUrl(linkedIn);
		return contact;
	}

}
