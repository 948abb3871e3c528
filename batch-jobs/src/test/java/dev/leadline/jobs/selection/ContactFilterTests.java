package dev.leadline.jobs.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContactFilterTests {

	@Test
	void aSearchTermAloneIsSearchOnlyAndAnyOtherMemberIsNot() {
		assertThat(search("mar").searchOnly()).isTrue();
		assertThat(ContactFilter.ALL.searchOnly()).isTrue();
		assertThat(new ContactFilter("mar", null, List.of("DE"), null, null, null, null, null, null, null, null, null,
				null)
			.searchOnly()).isFalse();
		assertThat(new ContactFilter("mar", null, null, null, null, List.of("VALID"), null, null, null, null, null,
				null, null)
			.searchOnly()).isFalse();
		assertThat(new ContactFilter("mar", null, null, null, null, null, null, null, null, null, null, null, true)
			.searchOnly()).isFalse();
	}

	private static ContactFilter search(String q) {
		return new ContactFilter(q, null, null, null, null, null, null, null, null, null, null, null, null);
	}

}
