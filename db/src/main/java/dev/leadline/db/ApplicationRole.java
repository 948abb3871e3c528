package dev.leadline.db;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The login role the running application uses. It must never be a superuser nor hold
 * BYPASSRLS, and owns nothing: row level security only binds roles like that.
 */
public final class ApplicationRole {

	public static final String DEFAULT_NAME = "leadline_app";

	private ApplicationRole() {
	}

	/**
	 * A password for the application role that every process configured with the same
	 * owner password computes alike, so several processes can share one database without
	 * a second secret to distribute.
	 */
	public static String derivePassword(String ownerPassword) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(("leadline:" + ownerPassword).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal("leadline-application-role".getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 unavailable", e);
		}
	}

	/**
	 * Creates the role when it is missing, or sets its password when
	 * {@code managePassword} is true.
	 * @throws SQLException when the connected role may not create roles
	 * @throws UnsafeApplicationRoleException when an existing role is superuser or
	 * bypasses RLS
	 */
	public static void ensure(Connection admin, String role, String password, boolean managePassword)
			throws SQLException {
		try (PreparedStatement ps = admin
			.prepareStatement("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = ?")) {
			ps.setString(1, role);
			try (ResultSet rs = ps.executeQuery()) {
				if (!rs.next()) {
					execute(admin, "CREATE ROLE %I LOGIN PASSWORD %L NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE",
							role, password);
					return;
				}
				if (rs.getBoolean(1) || rs.getBoolean(2)) {
					throw new UnsafeApplicationRoleException(role);
				}
			}
		}
		if (managePassword) {
			execute(admin, "ALTER ROLE %I LOGIN PASSWORD %L", role, password);
		}
	}

	/**
	 * Runs DDL whose identifiers and literals are quoted by PostgreSQL's own format().
	 */
	static void execute(Connection connection, String template, String... args) throws SQLException {
		StringBuilder call = new StringBuilder("SELECT format(?");
		for (int i = 0; i < args.length; i++) {
			call.append(", ?");
		}
		call.append(')');
		String sql;
		try (PreparedStatement ps = connection.prepareStatement(call.toString())) {
			ps.setString(1, template);
			for (int i = 0; i < args.length; i++) {
				ps.setString(i + 2, args[i]);
			}
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				sql = rs.getString(1);
			}
		}
		try (var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
