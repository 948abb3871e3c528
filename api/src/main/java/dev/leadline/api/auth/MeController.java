package dev.leadline.api.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "auth")
class MeController {

	private final MeQueries me;

	MeController(MeQueries me) {
		this.me = me;
	}

	@GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The signed-in user and their tenant")
	MeView me(@AuthenticationPrincipal CurrentUser user) {
		return me.me(user.userId());
	}

}
