package dev.leadline.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddedPostgresSizingTests {

	static final long GB = 1024L * 1024 * 1024;

	@Test
	void sharedBuffersAreAnEighthOfTheMachineBetweenPostgresDefaultAndOneGigabyte() {
		assertThat(EmbeddedPostgresServer.sharedBuffersFor(0)).isEqualTo("128MB");
		assertThat(EmbeddedPostgresServer.sharedBuffersFor(GB)).isEqualTo("128MB");
		assertThat(EmbeddedPostgresServer.sharedBuffersFor(4 * GB)).isEqualTo("512MB");
		assertThat(EmbeddedPostgresServer.sharedBuffersFor(24 * GB)).isEqualTo("1024MB");
	}

}
