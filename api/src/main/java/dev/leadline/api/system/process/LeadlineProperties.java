package dev.leadline.api.system.process;

import java.nio.file.Path;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What this process is and where it keeps its files.
 *
 * @param dataDir directory for the embedded database, uploads and generated files
 * ({@code LEADLINE_DATA_DIR})
 * @param roles what this process does: {@code api} (REST API and dashboard),
 * {@code worker} (runs jobs), or both ({@code LEADLINE_ROLES}, comma separated)
 */
@ConfigurationProperties("leadline")
public record LeadlineProperties(@DefaultValue("./data") Path dataDir, @DefaultValue( {
		"api", "worker" }) Set<ProcessRole> roles){

	public LeadlineProperties {
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("leadline.roles must name at least one of api, worker");
		}
		roles = Set.copyOf(roles);
	}

	public boolean serves(ProcessRole role) {
		return roles.contains(role);
	}
}
