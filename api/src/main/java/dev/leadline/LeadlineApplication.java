package dev.leadline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Leadline: REST API, dashboard host and batch worker in one process (see
 * {@code leadline.roles}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LeadlineApplication {

	public static void main(String[] args) {
		SpringApplication.run(LeadlineApplication.class, args);
	}

}
