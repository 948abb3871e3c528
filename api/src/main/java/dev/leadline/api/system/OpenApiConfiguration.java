package dev.leadline.api.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 document the dashboard's TypeScript types are generated from. Response records are
 * named {@code *View} and always carry every property (null where there is no value), so the document
 * marks all their properties required.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenApiCustomizer viewPropertiesAreRequired() {
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
                return;
            }
            openApi.getComponents().getSchemas().forEach((name, schema) -> {
                if (name.endsWith("View") && schema.getProperties() != null) {
                    schema.setRequired(new ArrayList<>(new TreeSet<String>(schema.getProperties().keySet())));
                }
            });
        };
    }

    @Bean
    OpenAPI leadlineOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI().info(new Info()
                .title("Leadline API")
                .version(properties == null ? "dev" : properties.getVersion())
                .description("Contacts, companies, imports, enrichment and jobs of one tenant.")
                .license(new License().name("Proprietary")))
                // Relative, so the document is the same whichever host and port serve it.
                .servers(List.of(new Server().url("/")));
    }
}
