package dev.leadline.api.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.db.ApplicationRole;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The pool every request and job uses connects as a role row level security can bind. */
@LeadlineIntegrationTest
class RuntimeDatabaseRoleIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Test
	void runtimeRoleIsNotSuperuserHasNoBypassRlsAndOwnsNoTable() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);

		Map<String, Object> role = jdbc.queryForMap("""
				SELECT current_user AS name, rolsuper, rolbypassrls,
				       (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid) AS owned_relations,
				       (SELECT count(*) FROM pg_tables t WHERE t.tableowner = current_user) AS owned_tables
				FROM pg_roles r WHERE r.rolname = current_user""");

		assertThat(role.get("name")).isEqualTo(ApplicationRole.DEFAULT_NAME);
		assertThat(role.get("rolsuper")).isEqualTo(false);
		assertThat(role.get("rolbypassrls")).isEqualTo(false);
		assertThat(role.get("owned_relations")).isEqualTo(0L);
		assertThat(role.get("owned_tables")).isEqualTo(0L);
	}

	@Test
	void migrationHistoryBelongsToTheOwnerAndIsHiddenFromTheApplication() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);

		String owner = jdbc.queryForObject("SELECT tableowner FROM pg_tables WHERE tablename = 'flyway_schema_history'",
				String.class);

		assertThat(owner).isNotEqualTo(ApplicationRole.DEFAULT_NAME);
		assertThatThrownBy(() -> jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history", Long.class))
			.rootCause()
			.hasMessageContaining("permission denied");
	}

}
