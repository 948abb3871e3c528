package dev.leadline.api.users;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of users by id; {@code nextCursor} is null on the last page. */
public record UserPage(List<UserView> items, @Schema(types = {
		"string", "null" }) String nextCursor){
}
