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
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two ways into one database: Flyway migrates as the schema owner; everything else (API,
 * jobs, jOOQ, Spring Batch) uses a pool of connections as the application role, and
 * browsing may read from a read-only copy ({@code LEADLINE_DB_READ_URL}).
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
	 * {@link TenantScopedDataSource}). With a read database configured, browse requests'
	 * read-only transactions go to a second pool there (see
	 * {@link ReadRoutingDataSource}).
	 */
	@Bean(destroyMethod = "close")
	@Primary
	DataSource dataSource(LeadlineDatabase database, DatabaseProperties properties, Environment environment) {
		DatabaseCoordinates db = database.coordinates();
		TenantScopedDataSource primary = new TenantScopedDataSource(pool(environment, "leadline", db.jdbcUrl(), db));
		if (!properties.readsElsewhere()) {
			return primary;
		}
		HikariDataSource read = pool(environment, "leadline-read", properties.readUrl(), db);
		read.setReadOnly(true);
		return new ReadRoutingDataSource(primary, new TenantScopedDataSource(read));
	}

	private static HikariDataSource pool(Environment environment, String name, String url, DatabaseCoordinates db) {
		HikariDataSource pool = new HikariDataSource();
		Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
		pool.setPoolName(name);
		pool.setJdbcUrl(url);
		pool.setUsername(db.appUser());
		pool.setPassword(db.appPassword());
		return pool;
	}

	@Bean
	WebMvcConfigurer replicaReads() {
		return new WebMvcConfigurer() {

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new ReplicaReadInterceptor());
			}

		};
	}

}
