package dev.leadline.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import dev.leadline.db.tenancy.TenantScopedDataSource;
import dev.leadline.db.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Row level security as the application role meets it, through the same pool wrapper the
 * app uses.
 */
class RowLevelSecurityIntegrationTests {

	static HikariDataSource pool;
	static TenantScopedDataSource dataSource;
	static long tenantA;
	static long tenantB;

	@BeforeAll
	static void twoTenantsWithOneContactEach() throws SQLException {
		DatabaseCoordinates db = TestDatabase.coordinates();
		pool = new HikariDataSource();
		pool.setJdbcUrl(db.jdbcUrl());
		pool.setUsername(db.appUser());
		pool.setPassword(db.appPassword());
		pool.setMaximumPoolSize(1);
		dataSource = new TenantScopedDataSource(pool);
		try (Connection system = TestDatabase.systemConnection()) {
			tenantA = insertTenant(system);
			tenantB = insertTenant(system);
			insertContact(system, tenantA, "a@tenant-a.test");
			insertContact(system, tenantB, "b@tenant-b.test");
		}
	}

	@AfterAll
	static void closePool() {
		pool.close();
	}

	/**
	 * Tables whose policies do not bind their owner (only the migrations and owner's
	 * functions act as it).
	 */
	private static final List<String> OWNER_EXEMPT = List.of("contact");

	@Test
	void everyTableWithTenantIdHasForcedRowLevelSecurityWithReadAndWritePolicies() throws SQLException {
		List<String> unprotected = new ArrayList<>();
		try (Connection c = TestDatabase.appConnection();
				Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("""
						SELECT t.relname, t.relrowsecurity, t.relforcerowsecurity,
						       EXISTS (SELECT 1 FROM pg_policies p WHERE p.tablename = t.relname
						               AND p.qual LIKE '%current_tenant_id()%'
						               AND p.with_check LIKE '%current_tenant_id()%') AS isolates
						FROM pg_class t
						JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
						JOIN pg_attribute a ON a.attrelid = t.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
						WHERE t.relkind IN ('r', 'p')""")) {
			int tables = 0;
			while (rs.next()) {
				tables++;
				// contact binds every role but its owner, so the owner's search function
				// can use the trigram
				// index (migration V9); the application role owns nothing (see
				// LeastPrivilege tests).
				boolean forced = rs.getBoolean(3) || OWNER_EXEMPT.contains(rs.getString(1));
				if (!rs.getBoolean(2) || !forced || !rs.getBoolean(4)) {
					unprotected.add(rs.getString(1));
				}
			}
			assertThat(tables).isGreaterThanOrEqualTo(6);
		}
		assertThat(unprotected).as("tables with tenant_id lacking forced RLS and a tenant policy").isEmpty();
	}

	/**
	 * Every b-tree index of the tenant tables that lists pages starts with tenant_id, the
	 * primary keys too: an index on id alone lets the planner walk it backwards through
	 * other tenants' rows for a first page.
	 */
	@Test
	void theBrowsedTablesHaveNoIndexThatDoesNotStartWithTheTenant() throws SQLException {
		try (Connection c = TestDatabase
			.appConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
					SELECT i.indexrelid::regclass::text
					FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class x ON x.oid = i.indexrelid
					JOIN pg_am am ON am.oid = x.relam
					WHERE t.relname IN ('contact', 'company') AND am.amname = 'btree'
					  AND (i.indkey[0] = 0 OR (SELECT attname FROM pg_attribute
					                           WHERE attrelid = t.oid AND attnum = i.indkey[0]) <> 'tenant_id')""")) {
			List<String> offending = new ArrayList<>();
			while (rs.next()) {
				offending.add(rs.getString(1));
			}
			assertThat(offending).isEmpty();
		}
	}

	@Test
	void withNoTenantDeclaredNothingIsVisible() throws SQLException {
		try (Connection c = dataSource.getConnection()) {
			assertThat(count(c, "SELECT count(*) FROM contact")).isZero();
			assertThat(count(c, "SELECT count(*) FROM tenant")).isZero();
			assertThat(count(c, "SELECT count(*) FROM app_user")).isZero();
		}
	}

	@Test
	void withNoTenantDeclaredNothingCanBeWritten() {
		assertThatThrownBy(() -> {
			try (Connection c = dataSource.getConnection()) {
				insertContact(c, tenantA, "sneaky@tenant-a.test");
			}
		}).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
	}

	@Test
	void aTenantSeesOnlyItsOwnRows() throws SQLException {
		try (TenantContext.Entered ignored = TenantContext.enter(TenantScope.tenant(tenantA));
				Connection c = dataSource.getConnection()) {
			assertThat(strings(c, "SELECT email FROM contact")).containsExactly("a@tenant-a.test");
			assertThat(count(c, "SELECT count(*) FROM tenant")).isEqualTo(1);
		}
	}

	@Test
	void theSearchFunctionAnswersForTheDeclaredTenantOnly() throws SQLException {
		// It runs as the table owner, whom contact's policies do not bind: it must bind
		// itself.
		String matching = "SELECT count(*) FROM unnest(contact_ids_matching('%@tenant-%', 100)) AS m(id)";
		try (TenantContext.Entered ignored = TenantContext.enter(TenantScope.tenant(tenantA));
				Connection c = dataSource.getConnection()) {
			assertThat(count(c, matching)).isEqualTo(1);
			assertThat(strings(c, "SELECT email FROM contact WHERE id = ANY(contact_ids_matching('%@tenant-%', 100))"))
				.containsExactly("a@tenant-a.test");
		}
		try (Connection c = dataSource.getConnection()) {
			assertThat(count(c, matching)).as("no tenant declared").isZero();
		}
		try (TenantContext.Entered ignored = TenantContext.enter(TenantScope.system());
				Connection c = dataSource.getConnection()) {
			assertThat(count(c, matching)).as("the system scope is not a tenant").isZero();
		}
	}

	@Test
	void aTenantCannotWriteRowsIntoAnotherTenant() {
		assertThatThrownBy(() -> {
			try (TenantContext.Entered ignored = TenantContext.enter(TenantScope.tenant(tenantA));
					Connection c = dataSource.getConnection()) {
				insertContact(c, tenantB, "planted@tenant-b.test");
			}
		}).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
	}

	@Test
	void aTenantCannotUpdateOrDeleteAnotherTenantsRows() throws SQLException {
		try (TenantContext.Entered ignored = TenantContext.enter(TenantScope.tenant(tenantA));
				Connection c = dataSource.getConnection();
				Statement st = c.createStatement()) {
			assertThat(st.executeUpdate("UPDATE contact SET title = 'pwned' WHERE tenant_id = " + tenantB)).isZero();
			assertThat(st.executeUpdate("DELETE FROM contact WHERE tenant_id = " + tenantB)).isZero();
		}
		try (Connection system = TestDatabase.systemConnection()) {
			assertThat(strings(system, "SELECT coalesce(title, '-') FROM contact WHERE tenant_id = " + tenantB))
				.containsExactly("-");
		}
	}

	@Test
	void aPooledConnectionNeverCarriesOneTenantsScopeIntoAnothersWork() throws SQLException {
		// One connection in the pool: every borrower below gets the very same physical
		// connection.
		try (TenantContext.Entered ignored = TenantContext.enter(TenantScope.tenant(tenantA));
				Connection c = dataSource.getConnection()) {
			assertThat(strings(c, "SELECT email FROM contact")).containsExactly("a@tenant-a.test");
		}
		try (TenantContext.Entered ignored = TenantContext.enter(TenantScope.tenant(tenantA));
				Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			try (Statement st = c.createStatement()) {
				st.execute("SELECT 1/0");
			}
			catch (SQLException expected) {
				// The transaction is now aborted; the borrower walks away without
				// cleaning up.
			}
		}
		try (TenantContext.Entered ignored = TenantContext.enter(TenantScope.tenant(tenantB));
				Connection c = dataSource.getConnection()) {
			assertThat(strings(c, "SELECT email FROM contact")).containsExactly("b@tenant-b.test");
		}
		try (Connection c = dataSource.getConnection()) {
			assertThat(count(c, "SELECT count(*) FROM contact")).isZero();
		}
		assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isEqualTo(1);
	}

	private static long insertTenant(Connection c) throws SQLException {
		try (PreparedStatement ps = c
			.prepareStatement("INSERT INTO tenant (slug, name) VALUES (?, 'RLS') RETURNING id")) {
			ps.setString(1, "rls-" + UUID.randomUUID().toString().substring(0, 8));
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private static void insertContact(Connection c, long tenant, String email) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO contact (tenant_id, email) VALUES (?, ?)")) {
			ps.setLong(1, tenant);
			ps.setString(2, email);
			ps.executeUpdate();
		}
	}

	private static long count(Connection c, String sql) throws SQLException {
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static List<String> strings(Connection c, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			while (rs.next()) {
				values.add(rs.getString(1));
			}
		}
		return values;
	}

}
