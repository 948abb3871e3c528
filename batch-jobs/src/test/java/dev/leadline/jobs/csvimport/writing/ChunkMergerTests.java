package dev.leadline.jobs.csvimport.writing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.jobs.csvimport.ContactFields;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ChunkMergerTests {

	@Test
	void fillBlanksKeepsTheFirstValuesAndFillsTheirGaps() {
		ChunkMerger.Merged merged = ChunkMerger
			.merge(List.of(contact("a@x.io", "Ann", null, Map.of("k", "1")), contact("b@x.io", "Bob", "CTO", Map.of()),
					contact("a@x.io", "Annie", "CEO", Map.of("k", "2", "j", "3"))), false);

		assertThat(merged.duplicates()).isEqualTo(1);
		assertThat(merged.contacts()).containsExactly(contact("a@x.io", "Ann", "CEO", Map.of("k", "1", "j", "3")),
				contact("b@x.io", "Bob", "CTO", Map.of()));
	}

	@Test
	void overwriteLetsLaterValuesWin() {
		ChunkMerger.Merged merged = ChunkMerger.merge(List.of(contact("a@x.io", "Ann", "CTO", Map.of("k", "1")),
				contact("a@x.io", "Annie", null, Map.of("k", "2"))), true);

		assertThat(merged.contacts()).containsExactly(contact("a@x.io", "Annie", "CTO", Map.of("k", "2")));
	}

	@Test
	void contactsWithoutEmailAreNeverMerged() {
		ChunkMerger.Merged merged = ChunkMerger
			.merge(List.of(contact(null, "Ann", null, Map.of()), contact(null, "Ann", null, Map.of())), false);

		assertThat(merged.duplicates()).isZero();
		assertThat(merged.contacts()).hasSize(2);
	}

	private static ContactFields contact(String email, String first, String title, Map<String, String> attributes) {
		return new ContactFields(email, first, null, title, null, null, null, null, null, null, attributes);
	}

}
