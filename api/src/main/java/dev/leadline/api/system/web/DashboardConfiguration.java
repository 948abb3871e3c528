package dev.leadline.api.system.web;

import java.io.IOException;
import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the built dashboard: content-hashed assets cached for a year, everything else
 * revalidated, and index.html for any client-side route so deep links and reloads work.
 */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration implements WebMvcConfigurer {

	private static final String DASHBOARD = "classpath:/static/";

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/**")
			.addResourceLocations(DASHBOARD + "assets/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
		registry.addResourceHandler("/**")
			.addResourceLocations(DASHBOARD)
			.setCacheControl(CacheControl.noCache())
			.resourceChain(true)
			.addResolver(new SinglePageApplicationResolver());
	}

	/**
	 * Falls back to index.html for paths that look like dashboard routes, never for API
	 * or asset paths.
	 */
	static final class SinglePageApplicationResolver extends PathResourceResolver {

		@Override
		protected Resource getResource(String path, Resource location) throws IOException {
			Resource resource = location.createRelative(path);
			if (resource.isReadable()) {
				return resource;
			}
			return isClientRoute(path) ? new ClassPathResource("static/index.html") : null;
		}

		static boolean isClientRoute(String path) {
			String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
			boolean serverPath = switch (first) {
				case "api", "actuator", "v3", "swagger-ui", "assets" -> true;
				default -> false;
			};
			String last = path.substring(path.lastIndexOf('/') + 1);
			return !serverPath && !last.contains(".");
		}

	}

}
