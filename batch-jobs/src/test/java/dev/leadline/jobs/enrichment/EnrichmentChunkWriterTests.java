package dev.leadline.jobs.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** How a chunk is cut into the parts whose recording overlaps the stage's next part. */
class EnrichmentChunkWriterTests {

	@Test
	void aChunkIsRecordedInUpToFourPartsOfAtLeast250InOrder() {
		assertThat(sizes(2000)).containsExactly(500, 500, 500, 500);
		assertThat(sizes(1001)).containsExactly(251, 251, 251, 248);
		assertThat(sizes(600)).containsExactly(300, 300);
		assertThat(sizes(499)).containsExactly(499);
		assertThat(sizes(1)).containsExactly(1);
		List<Long> ids = ids(1001);
		assertThat(EnrichmentChunkWriter.parts(ids).stream().flatMap(List::stream).toList()).isEqualTo(ids);
	}

	private static List<Integer> sizes(int items) {
		return EnrichmentChunkWriter.parts(ids(items)).stream().map(List::size).toList();
	}

	private static List<Long> ids(int items) {
		return LongStream.rangeClosed(1, items).boxed().toList();
	}

}
