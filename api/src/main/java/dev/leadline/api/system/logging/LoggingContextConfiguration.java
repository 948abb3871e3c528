package dev.leadline.api.system.logging;

import java.util.Map;
import org.slf4j.MDC;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskDecorator;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Streamed downloads write their body on a thread of their own (Spring MVC's, as before:
 * one per download): it gets the logging context of the request that handed it over.
 */
@Configuration(proxyBeanMethods = false)
class LoggingContextConfiguration {

	@Bean
	WebMvcConfigurer asyncRequestsKeepTheLoggingContext() {
		return new WebMvcConfigurer() {

			@Override
			public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
				SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("MvcAsync");
				executor.setTaskDecorator(withLoggingContext());
				configurer.setTaskExecutor(executor);
			}

		};
	}

	static TaskDecorator withLoggingContext() {
		return (task) -> {
			Map<String, String> context = MDC.getCopyOfContextMap();
			return () -> {
				Map<String, String> own = MDC.getCopyOfContextMap();
				set(context);
				try {
					task.run();
				}
				finally {
					set(own);
				}
			};
		};
	}

	private static void set(Map<String, String> context) {
		if (context == null) {
			MDC.clear();
		}
		else {
			MDC.setContextMap(context);
		}
	}

}
