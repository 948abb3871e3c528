package dev.leadline.api.system.logging;

import java.util.Map;
import org.slf4j.MDC;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;

/**
 * Streamed downloads finish on the application's task executor: its tasks get the logging
 * context of the request that handed them over.
 */
@Configuration(proxyBeanMethods = false)
class LoggingContextConfiguration {

	@Bean
	TaskDecorator loggingContextTaskDecorator() {
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
