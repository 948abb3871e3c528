package dev.leadline.api.tenants;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator, created with the demo tenant on a fresh database.
 *
 * @param email login of the first admin ({@code LEADLINE_ADMIN_EMAIL})
 * @param password its password ({@code LEADLINE_ADMIN_PASSWORD}); blank: one is generated
 * and printed once
 */
@ConfigurationProperties("leadline.admin")
public record AdminProperties(@DefaultValue("admin@leadline.local") String email, String password) {
}
