package dev.leadline.api.system.process;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.MediaType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/status", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "system")
class StatusController {

	private final LeadlineProperties leadline;

	private final String version;

	private final Clock clock;

	StatusController(LeadlineProperties leadline, ObjectProvider<BuildProperties> build, Clock clock) {
		this.leadline = leadline;
		BuildProperties properties = build.getIfAvailable();
		this.version = properties == null ? "dev" : properties.getVersion();
		this.clock = clock;
	}

	@GetMapping
	@SecurityRequirements
	@Operation(summary = "Who is answering: product, version, and the roles of this process")
	StatusView status() {
		List<String> roles = leadline.roles().stream().sorted().map(role -> role.name().toLowerCase()).toList();
		return new StatusView("Leadline", version, roles, Instant.now(clock));
	}

}
