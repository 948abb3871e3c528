package dev.leadline.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadline.db.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules the schema itself enforces, exercised as the application role (system scope),
 * each test rolled back.
 */
class SchemaIntegrationTests {

	private Connection connection;

	@BeforeEach
	void begin() throws SQLException {
		connection = TestDatabase.systemConnection();
		connection.setAutoCommit(false);
	}

	@AfterEach
	void rollback() throws SQLException {
		connection.rollback();
		connection.close();
	}

	@Test
	void contactEmailIsUniquePerTenantWhateverItsCase() throws SQLException {
		long tenant = tenant();
		contact(tenant, "Ada@Example.com");

		assertThatThrownBy(() -> contact(tenant, "ada@example.COM")).isInstanceOf(SQLException.class)
			.hasMessageContaining("contact_tenant_email_key_unique");
	}

	@Test
	void twoTenantsMayHoldTheSameEmail() throws SQLException {
		contact(tenant(), "ada@example.com");
		contact(tenant(), "ada@example.com");

		assertThat(count("SELECT count(*) FROM contact WHERE lower(email) = 'ada@example.com'")).isEqualTo(2);
	}

	@Test
	void contactsWithoutEmailAreAllowedSideBySide() throws SQLException {
		long tenant = tenant();
		contact(tenant, null);
		contact(tenant, null);

		assertThat(count("SELECT count(*) FROM contact WHERE tenant_id = " + tenant)).isEqualTo(2);
	}

	@Test
	void contactCannotLinkToAnotherTenantsCompany() throws SQLException {
		long companyOfA = company(tenant(), "acme.com");
		long tenantB = tenant();

		assertThatThrownBy(() -> update("INSERT INTO contact (tenant_id, company_id, email) VALUES (?, ?, 'x@y.com')",
				tenantB, companyOfA))
			.isInstanceOf(SQLException.class)
			.hasMessageContaining("contact_company_same_tenant");
	}

	@Test
	void companyDomainIsUniquePerTenant() throws SQLException {
		long tenant = tenant();
		company(tenant, "acme.com");

		assertThatThrownBy(() -> company(tenant, "acme.com")).isInstanceOf(SQLException.class)
			.hasMessageContaining("company_tenant_domain_unique");
	}

	@Test
	void companyDomainWithSchemeOrPathIsRefused() {
		assertThatThrownBy(() -> company(tenant(), "https://Acme.com/about")).isInstanceOf(SQLException.class)
			.hasMessageContaining("company_domain_normalised");
	}

	@Test
	void companyDomainWithWwwIsRefused() {
		assertThatThrownBy(() -> company(tenant(), "www.acme.com")).isInstanceOf(SQLException.class)
			.hasMessageContaining("company_domain_normalised");
	}

	@Test
	void updatingAContactMovesUpdatedAt() throws SQLException {
		long id = contact(tenant(), "grace@example.com");
		update("UPDATE contact SET updated_at = now() - interval '1 day', created_at = now() - interval '1 day' WHERE id = ?",
				id);

		update("UPDATE contact SET title = 'CTO' WHERE id = ?", id);

		try (PreparedStatement ps = connection
			.prepareStatement("SELECT created_at, updated_at FROM contact WHERE id = ?")) {
			ps.setLong(1, id);
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				Timestamp created = rs.getTimestamp(1);
				Timestamp updated = rs.getTimestamp(2);
				assertThat(updated).isAfter(created);
			}
		}
	}

	@Test
	void deletingACompanyKeepsItsContactsUnlinked() throws SQLException {
		long tenant = tenant();
		long company = company(tenant, "acme.com");
		update("INSERT INTO contact (tenant_id, company_id, email) VALUES (?, ?, 'a@acme.com')", tenant, company);

		update("DELETE FROM company WHERE id = ?", company);

		assertThat(count("SELECT count(*) FROM contact WHERE tenant_id = " + tenant + " AND company_id IS NULL"))
			.isEqualTo(1);
	}

	private long tenant() throws SQLException {
		String slug = "t-" + UUID.randomUUID().toString().substring(0, 8);
		return insertReturningId("INSERT INTO tenant (slug, name) VALUES (?, ?) RETURNING id", slug, "Tenant " + slug);
	}

	private long contact(long tenant, String email) throws SQLException {
		return insertReturningId("INSERT INTO contact (tenant_id, email) VALUES (?, ?) RETURNING id", tenant, email);
	}

	private long company(long tenant, String domain) throws SQLException {
		return insertReturningId("INSERT INTO company (tenant_id, name, domain) VALUES (?, 'Acme', ?) RETURNING id",
				tenant, domain);
	}

	private long insertReturningId(String sql, Object... args) throws SQLException {
		try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private void update(String sql, Object... args) throws SQLException {
		try (PreparedStatement ps = prepare(sql, args)) {
			ps.executeUpdate();
		}
	}

	private long count(String sql) throws SQLException {
		try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private PreparedStatement prepare(String sql, Object... args) throws SQLException {
		PreparedStatement ps = connection.prepareStatement(sql);
		for (int i = 0; i < args.length; i++) {
			ps.setObject(i + 1, args[i]);
		}
		return ps;
	}

}
