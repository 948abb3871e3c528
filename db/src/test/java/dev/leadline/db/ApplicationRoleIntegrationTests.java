package dev.leadline.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadline.db.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class ApplicationRoleIntegrationTests {

	@Test
	void applicationRoleIsNeitherSuperuserNorBypassesRowLevelSecurity() throws SQLException {
		try (Connection app = TestDatabase.appConnection();
				Statement st = app.createStatement();
				ResultSet rs = st
					.executeQuery("SELECT current_user, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb "
							+ "FROM pg_roles WHERE rolname = current_user")) {
			rs.next();
			assertThat(rs.getString(1)).isEqualTo(ApplicationRole.DEFAULT_NAME);
			assertThat(rs.getBoolean(2)).as("superuser").isFalse();
			assertThat(rs.getBoolean(3)).as("bypassrls").isFalse();
			assertThat(rs.getBoolean(4)).as("createrole").isFalse();
			assertThat(rs.getBoolean(5)).as("createdb").isFalse();
		}
	}

	@Test
	void applicationRoleOwnsNothingInTheDatabase() throws SQLException {
		try (Connection app = TestDatabase.appConnection();
				Statement st = app.createStatement();
				ResultSet rs = st.executeQuery("""
						SELECT (SELECT count(*) FROM pg_class WHERE relowner = r.oid)
						     + (SELECT count(*) FROM pg_proc WHERE proowner = r.oid)
						     + (SELECT count(*) FROM pg_type WHERE typowner = r.oid)
						     + (SELECT count(*) FROM pg_namespace WHERE nspowner = r.oid)
						     + (SELECT count(*) FROM pg_database WHERE datdba = r.oid)
						FROM pg_roles r WHERE r.rolname = current_user""")) {
			rs.next();
			assertThat(rs.getLong(1)).isZero();
		}
	}

	@Test
	void ownerOwnsTheTablesTheApplicationUses() throws SQLException {
		try (Connection app = TestDatabase.appConnection();
				Statement st = app.createStatement();
				ResultSet rs = st.executeQuery("SELECT tableowner FROM pg_tables WHERE tablename = 'contact'")) {
			rs.next();
			assertThat(rs.getString(1)).isEqualTo(DatabaseProvisioner.OWNER_ROLE);
		}
	}

	@Test
	void applicationRoleCannotChangeTheSchema() throws SQLException {
		try (Connection app = TestDatabase.appConnection(); Statement st = app.createStatement()) {
			assertThatThrownBy(() -> st.execute("CREATE TABLE intruder (id int)"))
				.hasMessageContaining("permission denied");
			assertThatThrownBy(() -> st.execute("ALTER TABLE contact DISABLE ROW LEVEL SECURITY"))
				.hasMessageContaining("must be owner");
		}
	}

	@Test
	void applicationRoleCanUseTheSpringBatchTables() throws SQLException {
		try (Connection app = TestDatabase.appConnection();
				Statement st = app.createStatement();
				ResultSet rs = st
					.executeQuery("SELECT nextval('batch_job_instance_seq'), count(*) FROM batch_job_execution")) {
			assertThat(rs.next()).isTrue();
		}
	}

}
