package dev.leadline.api.system.problems;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoint that fails the way a bug would, to see what a client gets for a 500.
 */
@RestController
class FailingTestController {

	@GetMapping("/api/v1/test-only/failure")
	String fail() {
		throw new IllegalStateException("SELECT secret FROM internals WHERE password = 'hunter2'");
	}

}
