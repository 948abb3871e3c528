package dev.leadline.api.system.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * The application's connections with a read database configured: a connection is taken
 * from a pool only at its first statement, by when the transaction has marked it
 * read-only or not ({@link LazyConnectionDataSourceProxy}). A read-only one goes to the
 * read pool when {@link ReadRouting} allows it on this thread; every other one goes to
 * the primary. The read pool's connections are read-only themselves, so a write that went
 * there by mistake would fail rather than be lost.
 */
final class ReadRoutingDataSource extends LazyConnectionDataSourceProxy implements AutoCloseable {

	private final DataSource primary;

	private final DataSource read;

	ReadRoutingDataSource(DataSource primary, DataSource read) {
		super(primary);
		this.primary = primary;
		this.read = read;
		setReadOnlyDataSource(new AbstractDataSource() {

			@Override
			public Connection getConnection() throws SQLException {
				return (ReadRouting.replicaAllowed() ? read : primary).getConnection();
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				return (ReadRouting.replicaAllowed() ? read : primary).getConnection(username, password);
			}

		});
	}

	@Override
	public void close() throws Exception {
		try (AutoCloseable first = closer(primary); AutoCloseable second = closer(read)) {
			// both pools closed, the read one first
		}
	}

	private static AutoCloseable closer(DataSource dataSource) {
		return dataSource instanceof AutoCloseable closeable ? closeable : () -> {
		};
	}

}
