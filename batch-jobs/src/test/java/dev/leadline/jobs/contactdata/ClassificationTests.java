package dev.leadline.jobs.contactdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassificationTests {

	@Test
	void listsNameEveryValueInOrder() {
		assertThat(Seniority.LIST).isEqualTo(String.join(", ", Seniority.names()));
		assertThat(Department.LIST).isEqualTo(String.join(", ", Department.names()));
	}

	@Test
	void emailStatusesAreTheCheckedOnesAndUnverified() {
		assertThat(EmailStatus.VALUES).containsExactly("UNVERIFIED", "VALID", "RISKY", "INVALID", "UNKNOWN");
		assertThat(EmailStatus.of(null, "VALID")).isNull();
		assertThat(EmailStatus.of("a@b.io", null)).isEqualTo(EmailStatus.UNVERIFIED);
	}

}
