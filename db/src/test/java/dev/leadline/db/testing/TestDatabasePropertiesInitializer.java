package dev.leadline.db.testing;

import dev.leadline.db.DatabaseCoordinates;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring test context at the shared {@link TestDatabase}, as an external
 * database.
 */
public class TestDatabasePropertiesInitializer
		implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		DatabaseCoordinates db = TestDatabase.coordinates();
		TestPropertyValues
			.of("leadline.db.url=" + db.jdbcUrl(), "leadline.db.user=" + db.ownerUser(),
					"leadline.db.password=" + db.ownerPassword(), "leadline.db.app-user=" + db.appUser(),
					"leadline.db.app-password=" + db.appPassword())
			.applyTo(context);
	}

}
