package dev.leadline.api.contacts;

import io.swagger.v3.oas.annotations.media.Schema;

/** The company a contact belongs to. */
public record CompanyRefView(long id, String name, @Schema(types = {
		"string", "null" }) String domain){
}
