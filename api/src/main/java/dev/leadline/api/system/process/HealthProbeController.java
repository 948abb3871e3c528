package dev.leadline.api.system.process;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The health probes on the application's port, where load balancers, Caddy and scripts
 * look for them: only the overall status of {@code /actuator/health}, {@code liveness}
 * and {@code readiness}. Every other actuator endpoint (metrics above all) is served on
 * the management port only.
 */
@RestController
@Hidden
class HealthProbeController {

	private final HealthEndpoint health;

	HealthProbeController(HealthEndpoint health) {
		this.health = health;
	}

	@GetMapping(path = "/actuator/health", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> health() {
		return answer(health.health());
	}

	@GetMapping(path = "/actuator/health/{probe:liveness|readiness}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> probe(@PathVariable String probe) {
		HealthDescriptor descriptor = health.healthForPath(probe);
		return descriptor == null ? ResponseEntity.notFound().build() : answer(descriptor);
	}

	private static ResponseEntity<Map<String, String>> answer(HealthDescriptor descriptor) {
		return ResponseEntity.status(HttpCodeStatusMapper.DEFAULT.getStatusCode(descriptor.getStatus()))
			.body(Map.of("status", descriptor.getStatus().getCode()));
	}

}
