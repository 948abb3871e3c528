package dev.leadline.jobs.enrichment.person;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.jobs.contactdata.EmailStatus;
import dev.leadline.jobs.contactdata.FreeMailDomains;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailVerifierTests {

	private static final MxAnswer MX = new MxAnswer(MxAnswer.Kind.HAS_MX, List.of("mx.example"), "mx");

	private final List<String> asked = new ArrayList<>();

	private final Map<String, MxAnswer> dns = Map.of("nomail.example", MxAnswer.noMx("nxdomain"), "nullmx.example",
			MxAnswer.noMx("null-mx"), "slow.example", MxAnswer.unavailable("timeout"));

	private final EmailVerifier verifier = new EmailVerifier((domain) -> {
		this.asked.add(domain);
		return this.dns.getOrDefault(domain, MX);
	});

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null",
			value = { "Jane.Doe@Acme.example|jane.doe@acme.example|VALID|valid|false|false|false",
					"  mailto:Jane@Acme.example |jane@acme.example|VALID|valid|false|false|false",
					"jane@gmail.com|jane@gmail.com|VALID|free-mail|false|true|false",
					"raj@yahoo.co.in|raj@yahoo.co.in|VALID|free-mail|false|true|false",
					"ana@hotmail.com.br|ana@hotmail.com.br|VALID|free-mail|false|true|false",
					"info@acme.example|info@acme.example|RISKY|role|true|false|false",
					"Vertrieb@acme.example|vertrieb@acme.example|RISKY|role|true|false|false",
					"sales-de@acme.example|sales-de@acme.example|RISKY|role|true|false|false",
					"support+tickets@acme.example|support+tickets@acme.example|RISKY|role|true|false|false",
					"info@gmail.com|info@gmail.com|RISKY|role|true|true|false",
					"x@mailinator.com|x@mailinator.com|INVALID|disposable|false|false|true",
					"x@eu.mailinator.com|x@eu.mailinator.com|INVALID|disposable|false|false|true",
					"info@yopmail.com|info@yopmail.com|INVALID|disposable|true|false|true",
					"jane@nomail.example|jane@nomail.example|INVALID|no-mx|false|false|false",
					"jane@nullmx.example|jane@nullmx.example|INVALID|no-mx|false|false|false",
					"jane@slow.example|jane@slow.example|UNKNOWN|dns-unavailable|false|false|false",
					"sales.bob@acme.example|sales.bob@acme.example|VALID|valid|false|false|false",
					"jürgen@müller.de|null|INVALID|invalid-syntax|false|false|false" })
	void verdicts(String email, String normalised, String status, String reason, boolean role, boolean freeMail,
			boolean disposable) {
		EmailVerdict verdict = this.verifier.verify(email);
		assertThat(verdict.email()).isEqualTo(normalised);
		assertThat(verdict.status()).isEqualTo(status).isIn(EmailStatus.VALUES);
		assertThat(verdict.reason()).isEqualTo(reason);
		assertThat(verdict.role()).as("role").isEqualTo(role);
		assertThat(verdict.freeMail()).as("freeMail").isEqualTo(freeMail);
		assertThat(verdict.disposable()).as("disposable").isEqualTo(disposable);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "plainaddress", "@acme.example", "jane@", "jane@acme", "jane@@acme.example",
			"jane doe@acme.example", "\"jane doe\"@acme.example", "jane..doe@acme.example", ".jane@acme.example",
			"jane.@acme.example", "jane@-acme.example", "jane@acme-.example", "jane@acme.example.", "jane@[192.0.2.1]",
			"jane@acme.123", "jane@acme..example", "jane@acme_corp.example", "jane(comment)@acme.example",
			"Jane <jane@acme.example>",
			"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@acme.example" })
	void invalidSyntaxIsRefusedWithoutAskingDns(String email) {
		EmailVerdict verdict = this.verifier.verify(email);
		assertThat(verdict.status()).isEqualTo("INVALID");
		assertThat(verdict.reason()).isEqualTo("invalid-syntax");
		assertThat(verdict.email()).isNull();
		assertThat(this.asked).isEmpty();
	}

	@Test
	void nullIsInvalidSyntax() {
		assertThat(this.verifier.verify(null).reason()).isEqualTo("invalid-syntax");
	}

	@Test
	void internationalisedDomainsAreAskedInAsciiAndShownInUnicode() {
		EmailVerdict verdict = this.verifier.verify("Jan@Müller.DE");
		assertThat(verdict.email()).isEqualTo("jan@müller.de");
		assertThat(verdict.asciiDomain()).isEqualTo("xn--mller-kva.de");
		assertThat(verdict.status()).isEqualTo("VALID");
		assertThat(this.asked).containsExactly("xn--mller-kva.de");
		assertThat(this.verifier.verify("ivan@пример.рф").asciiDomain()).isEqualTo("xn--e1afmkfd.xn--p1ai");
		assertThat(this.verifier.verify("jan@xn--mller-kva.de").email()).as("one form, as the import stores it")
			.isEqualTo("jan@müller.de");
	}

	@Test
	void disposableDomainsAreNotAskedFromDns() {
		this.verifier.verify("x@guerrillamail.com");
		assertThat(this.asked).isEmpty();
	}

	@Test
	void rfcSpecialCharactersInTheLocalPartAreAccepted() {
		assertThat(this.verifier.verify("o'brien+tag@acme.example").status()).isEqualTo("VALID");
		assertThat(this.verifier.verify("a!#$%&*/=?^_`{|}~-b@acme.example").status()).isEqualTo("VALID");
	}

	@Test
	void disposableListIsLargeAndDisjointFromFreeMail() {
		assertThat(DisposableDomains.size()).isGreaterThan(400);
		assertThat(DisposableDomains.all()).noneMatch(FreeMailDomains::contains);
		assertThat(DisposableDomains.contains("acme.example")).isFalse();
		assertThat(DisposableDomains.contains("com")).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "info, true", "noreply, true", "no-reply, true", "kontakt, true", "ventas, true", "contacto, true",
			"hello, true", "office, true", "info.uk, true", "support-team, true", "jobs+linkedin, true", "jane, false",
			"jane.doe, false", "infoman, false", "sales.bob, false", "hr-anna, false" })
	void roleAccounts(String localPart, boolean role) {
		assertThat(RoleAccounts.isRole(localPart)).isEqualTo(role);
	}

}
