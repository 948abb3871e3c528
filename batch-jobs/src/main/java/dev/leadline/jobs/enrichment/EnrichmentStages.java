package dev.leadline.jobs.enrichment;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Every stage there is: each {@link EnrichmentStage} bean, by name. */
@Component
public class EnrichmentStages {

	private final List<EnrichmentStage> stages;

	EnrichmentStages(List<EnrichmentStage> stages) {
		this.stages = stages.stream().sorted(Comparator.comparing(EnrichmentStage::name)).toList();
	}

	public List<EnrichmentStage> all() {
		return this.stages;
	}

	/**
	 * @throws UnknownEnrichmentStageException when none has that name
	 */
	public EnrichmentStage get(String name) {
		return this.stages.stream()
			.filter((stage) -> stage.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new UnknownEnrichmentStageException(String.valueOf(name),
					this.stages.stream().map(EnrichmentStage::name).toList()));
	}

}
