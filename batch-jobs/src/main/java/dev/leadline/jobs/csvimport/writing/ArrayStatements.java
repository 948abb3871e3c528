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

	/**
	 * For the current transaction only: index lookups, neither sequential nor bitmap
	 * scans. The import's statements read at most a chunk's or a block's keys, always
	 * best done through their unique indexes; but a tenant's first import fills its
	 * tables faster than autovacuum analyses them, and with the statistics of an almost
	 * empty table the planner would scan every row of the tenant (or of the stage) for
	 * each chunk instead. The statements are planned afresh for each chunk (see above);
	 * {@code plan_cache_mode} is left alone, because forcing custom plans would also
	 * re-plan the foreign-key checks' queries for every row inserted.
	 */
	static final String INDEX_LOOKUPS_ONLY = "SELECT set_config('enable_seqscan', 'off', true), "
			+ "set_config('enable_bitmapscan', 'off', true)";

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
