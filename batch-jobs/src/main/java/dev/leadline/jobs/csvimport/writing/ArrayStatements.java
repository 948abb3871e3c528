package dev.leadline.jobs.csvimport.writing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.jooq.DSLContext;
import org.postgresql.PGStatement;

/**
 * Runs the writer's set-based statements with Java arrays bound as real PostgreSQL arrays
 * ({@code text[]}, {@code bigint[]}), on the chunk's connection and transaction. jOOQ
 * sends arrays as strings cast in SQL; that cast is not constant-folded, so
 * {@code x = ANY(array)} could not be hashed and each row compared itself with all 5,000
 * keys of a chunk.
 * <p>
 * The statements are never prepared on the server: each chunk's statement is planned with
 * its own arrays (a generic plan cannot see how many keys a chunk brings, nor that the
 * table has grown since the last one).
 */
final class ArrayStatements {

	@FunctionalInterface
	interface Rows<T> {

		T read(ResultSet rows) throws SQLException;

	}

	private ArrayStatements() {
	}

	static int update(DSLContext dsl, String sql, Object... binds) {
		return dsl.connectionResult(connection -> {
			try (PreparedStatement statement = prepare(connection, sql, binds)) {
				return statement.executeUpdate();
			}
		});
	}

	static <T> T query(DSLContext dsl, String sql, Rows<T> rows, Object... binds) {
		return dsl.connectionResult(connection -> {
			try (PreparedStatement statement = prepare(connection, sql, binds);
					ResultSet result = statement.executeQuery()) {
				return rows.read(result);
			}
		});
	}

	private static PreparedStatement prepare(Connection connection, String sql, Object... binds) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		statement.unwrap(PGStatement.class).setPrepareThreshold(0);
		for (int i = 0; i < binds.length; i++) {
			Object bind = binds[i];
			if (bind instanceof String[] strings) {
				statement.setArray(i + 1, connection.createArrayOf("text", strings));
			}
			else if (bind instanceof Long[] longs) {
				statement.setArray(i + 1, connection.createArrayOf("int8", longs));
			}
			else {
				statement.setObject(i + 1, bind);
			}
		}
		return statement;
	}

}
