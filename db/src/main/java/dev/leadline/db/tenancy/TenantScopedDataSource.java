package dev.leadline.db.tenancy;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Wraps the application's pool: every connection handed out first declares the current
 * {@link TenantScope} to PostgreSQL ({@code leadline.tenant_id},
 * {@code leadline.system}), overwriting whatever the connection carried for its previous
 * borrower. With no scope it declares none, so row level security shows nothing:
 * forgetting the tenant fails closed.
 */
public final class TenantScopedDataSource implements DataSource, AutoCloseable {

	private static final String DECLARE = "SELECT set_config('leadline.tenant_id', ?, false), "
			+ "set_config('leadline.system', ?, false)";

	private final DataSource pool;

	public TenantScopedDataSource(DataSource pool) {
		this.pool = pool;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return declare(pool.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return declare(pool.getConnection(username, password));
	}

	private static Connection declare(Connection connection) throws SQLException {
		TenantScope scope = TenantContext.current().orElse(null);
		String tenant = scope == null || scope.tenantId() == null ? "" : scope.tenantId().toString();
		String system = scope != null && scope.systemWide() ? "on" : "";
		try (PreparedStatement statement = connection.prepareStatement(DECLARE)) {
			statement.setString(1, tenant);
			statement.setString(2, system);
			statement.execute();
			return connection;
		}
		catch (SQLException | RuntimeException e) {
			connection.close();
			throw e;
		}
	}

	@Override
	public void close() throws Exception {
		if (pool instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
	}

	@Override
	public boolean isWrapperFor(Class<?> type) throws SQLException {
		return type.isInstance(this) || pool.isWrapperFor(type);
	}

	@Override
	public PrintWriter getLogWriter() throws SQLException {
		return pool.getLogWriter();
	}

	@Override
	public void setLogWriter(PrintWriter out) throws SQLException {
		pool.setLogWriter(out);
	}

	@Override
	public void setLoginTimeout(int seconds) throws SQLException {
		pool.setLoginTimeout(seconds);
	}

	@Override
	public int getLoginTimeout() throws SQLException {
		return pool.getLoginTimeout();
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		return pool.getParentLogger();
	}

}
