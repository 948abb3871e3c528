package leadlinetest;

import dev.leadline.db.DatabaseCoordinates;
import dev.leadline.db.tenancy.TenantScopedDataSource;
import dev.leadline.db.testing.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The batch-jobs module on its own: the platform, its jobs and the test harness, on the
 * test database as the application role. Also the main class of the worker processes that
 * tests kill. It lives outside {@code dev.leadline} so that the application's own
 * component scan in other modules' tests never finds it.
 */
@SpringBootApplication(scanBasePackages = "dev.leadline.jobs")
public class PlatformTestApplication {

	@Bean(destroyMethod = "close")
	TenantScopedDataSource dataSource() {
		HikariDataSource pool = new HikariDataSource();
		String childUrl = System.getProperty("leadline.child.db.url");
		if (childUrl != null) {
			// A worker process started by a test: the parent's database, as the
			// application role.
			pool.setJdbcUrl(childUrl);
			pool.setUsername(System.getProperty("leadline.child.db.user"));
			pool.setPassword(System.getProperty("leadline.child.db.password"));
		}
		else {
			DatabaseCoordinates db = TestDatabase.coordinates();
			pool.setJdbcUrl(db.jdbcUrl());
			pool.setUsername(db.appUser());
			pool.setPassword(db.appPassword());
		}
		pool.setMaximumPoolSize(12);
		pool.setConnectionTimeout(Long.getLong("leadline.child.db.connection-timeout", 30_000));
		return new TenantScopedDataSource(pool);
	}

	public static void main(String[] args) {
		SpringApplication.run(PlatformTestApplication.class, args);
	}

}
