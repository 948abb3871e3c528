package dev.leadline;

import dev.leadline.db.testing.TestDatabasePropertiesInitializer;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real server port and the shared test PostgreSQL. Tests that
 * use it unchanged share one cached context; tests isolate their data by working in
 * tenants of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabasePropertiesInitializer.class)
@ActiveProfiles("test")
public @interface LeadlineIntegrationTest {

}
