package dev.leadline.jobs.platform;

import dev.leadline.db.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A trigger, as the schema owner, that fails the delete of one row until it is closed: a
 * failure in the middle of a bulk job, where the test wants it.
 */
public final class DeleteTrap implements AutoCloseable {

	private final String table;

	private DeleteTrap(String table) {
		this.table = table;
	}

	/** Fails every delete of the row of {@code table} with this id. */
	public static DeleteTrap failDeletesOf(String table, long id) throws Exception {
		try (Connection owner = TestDatabase.ownerConnection(); Statement statement = owner.createStatement()) {
			statement.execute("""
					CREATE FUNCTION test_fail_delete() RETURNS trigger LANGUAGE plpgsql AS $$
					BEGIN
					    IF OLD.id = %d THEN RAISE EXCEPTION 'test trap: cannot delete %s %d'; END IF;
					    RETURN OLD;
					END $$;
					CREATE TRIGGER test_fail_delete BEFORE DELETE ON %s FOR EACH ROW
					    EXECUTE FUNCTION test_fail_delete();
					""".formatted(id, table, id, table));
		}
		return new DeleteTrap(table);
	}

	@Override
	public void close() throws Exception {
		try (Connection owner = TestDatabase.ownerConnection(); Statement statement = owner.createStatement()) {
			statement.execute("DROP TRIGGER test_fail_delete ON " + table + "; DROP FUNCTION test_fail_delete();");
		}
	}

}
