package dev.leadline.api.tenants;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new tenant and its first owner. */
record CreateTenantRequest(
		@NotBlank @Pattern(regexp = "^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$",
				message = "lower-case letters, digits and inner hyphens, at most 64") String slug,
		@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 320) String ownerEmail,
		@NotBlank @Size(max = 200) String ownerDisplayName, @NotNull @Size(min = 12, max = 200) String ownerPassword) {
}
