package dev.leadline.api.system.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The HTTP edge.
 *
 * @param trustedProxies addresses or CIDR ranges whose X-Forwarded-For is believed
 * ({@code LEADLINE_TRUSTED_PROXIES}); anyone else's is ignored
 * @param corsAllowedOrigins origins allowed to call the API from a browser
 * ({@code LEADLINE_CORS_ORIGINS}); empty: none
 * @param maxJsonBody largest non-upload request body accepted
 */
@ConfigurationProperties("leadline.http")
public record HttpProperties(@DefaultValue( {
		"127.0.0.1", "::1" }) List<String> trustedProxies, @DefaultValue({}) List<String> corsAllowedOrigins,
		@DefaultValue("1MB") DataSize maxJsonBody){
}
