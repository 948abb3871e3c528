package dev.leadline.api.system.database;

import com.zaxxer.hikari.HikariDataSource;
import dev.leadline.api.system.process.LeadlineProperties;
import dev.leadline.db.DatabaseCoordinates;
import dev.leadline.db.LeadlineMigrations;
import dev.leadline.db.tenancy.TenantScopedDataSource;
import java.io.IOException;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Two ways into one database: Flyway migrates as the schema owner; everything else (API,
 * jobs, jOOQ, Spring Batch) uses a pool of connections as the application role.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	LeadlineDatabase leadlineDatabase(DatabaseProperties database, LeadlineProperties leadline)
			throws IOException, SQLException {
		return LeadlineDatabase.open(database, leadline.dataDir());
	}

	@Bean
	@FlywayDataSource
	DataSource migrationDataSource(LeadlineDatabase database) {
		DatabaseCoordinates db = database.coordinates();
		return new SimpleDriverDataSource(new org.postgresql.Driver(), db.jdbcUrl(), db.ownerUser(),
				db.ownerPassword());
	}

	@Bean
	FlywayConfigurationCustomizer leadlineMigrations(LeadlineDatabase database) {
		return configuration -> LeadlineMigrations.configure(configuration, database.coordinates().appUser());
	}

	/**
	 * The application's pool. Every connection it hands out declares the current tenant
	 * scope, so row level security applies to API requests and batch chunks alike (see
	 * {@link TenantScopedDataSource}).
	 */
	@Bean(destroyMethod = "close")
	@Primary
	TenantScopedDataSource dataSource(LeadlineDatabase database, Environment environment) {
		DatabaseCoordinates db = database.coordinates();
		HikariDataSource pool = new HikariDataSource();
		Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
		pool.setPoolName("leadline");
		pool.setJdbcUrl(db.jdbcUrl());
		pool.setUsername(db.appUser());
		pool.setPassword(db.appPassword());
		return new TenantScopedDataSource(pool);
	}

}
