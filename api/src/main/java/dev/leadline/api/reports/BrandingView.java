package dev.leadline.api.reports;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * How the tenant's dossiers look.
 *
 * @param displayName the name printed on them (the tenant's name when null)
 * @param colour accent colour, {@code #RRGGBB}
 * @param logo PNG or JPEG, base64 (at most 256 KB decoded); null for none
 * @param logoMediaType image/png or image/jpeg, with a logo
 */
public record BrandingView(@Size(min = 1, max = 200) String displayName,
		@Schema(example = "#1F4E79") @Pattern(regexp = "^#[0-9A-Fa-f]{6}$",
				message = "must be a colour such as #1F4E79") String colour,
		@Size(max = 350_000) String logo,
		@Pattern(regexp = "^image/(png|jpeg)$", message = "must be image/png or image/jpeg") String logoMediaType) {
}
