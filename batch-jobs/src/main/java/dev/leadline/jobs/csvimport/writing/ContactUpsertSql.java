package dev.leadline.jobs.csvimport.writing;

import java.util.ArrayList;
import java.util.List;

/**
 * The import's two upserts, which merge a row into what is there by the same rules: into
 * the stage, a row of the file into the file's earlier rows with the same e-mail key;
 * into {@code contact}, the file's merged row into the tenant's contact. With OVERWRITE
 * the incoming values win where they have one, else the values there stay and only blanks
 * are filled; custom attributes are merged key by key the same way; the company's name
 * goes with the company link the merge keeps. Applied row after row or to the file's
 * merged row, the result is the same.
 */
final class ContactUpsertSql {

	/** The merged columns, in the order {@link #INPUT_COLUMNS} lists them after email. */
	private static final List<String> FIELDS = List.of("first_name", "last_name", "title", "phone", "city", "country",
			"linkedin_url", "company_id");

	/** The columns a row source must answer, in this order. */
	static final String INPUT_COLUMNS = "email, first_name, last_name, title, phone, city, country, linkedin_url, "
			+ "company_id, attributes, company_name";

	/** Eleven column arrays bound as {@code text[]} (company ids {@code bigint[]}). */
	static final String ARRAY_INPUT = """
			SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
			                     ?::text[], ?::bigint[], ?::text[], ?::text[])
			     AS t(%s)""".formatted(INPUT_COLUMNS);

	private ContactUpsertSql() {
	}

	/**
	 * The staged rows {@code where} says, in e-mail order, answering
	 * {@link #INPUT_COLUMNS}: the company as it is now, not as it was when the file was
	 * read. A company deleted since leaves its contacts without one (as deleting a
	 * company does to the contacts it had), where its id would break the foreign key on
	 * every attempt; a company renamed since gives its new name.
	 */
	static String stagedInput(String where) {
		return """
				SELECT stage.email, stage.first_name, stage.last_name, stage.title, stage.phone, stage.city, stage.country,
				       stage.linkedin_url, company.id AS company_id, stage.attributes, company.name AS company_name
				FROM contact_import_stage stage LEFT JOIN company ON company.id = stage.company_id
				WHERE %s
				ORDER BY stage.email_key"""
			.formatted(where);
	}

	/**
	 * "column = merged value" for each merged column, the row there being {@code target}
	 * and the incoming one {@code excluded}.
	 */
	private static List<String[]> assignments(boolean overwrite, String target) {
		String merge = overwrite ? "coalesce(excluded.%1$s, " + target + ".%1$s)"
				: "coalesce(" + target + ".%1$s, excluded.%1$s)";
		List<String[]> set = new ArrayList<>();
		for (String column : FIELDS) {
			set.add(new String[] { column, merge.formatted(column) });
		}
		set.add(new String[] { "company_name",
				overwrite
						? "CASE WHEN excluded.company_id IS NULL THEN %1$s.company_name ELSE excluded.company_name END"
							.formatted(target)
						: "CASE WHEN %1$s.company_id IS NULL THEN excluded.company_name ELSE %1$s.company_name END"
							.formatted(target) });
		set.add(new String[] { "attributes", overwrite ? target + ".attributes || excluded.attributes"
				: "excluded.attributes || " + target + ".attributes" });
		return set;
	}

	private static String setClause(List<String[]> assignments) {
		StringBuilder set = new StringBuilder();
		for (String[] assignment : assignments) {
			set.append(assignment[0]).append(" = ").append(assignment[1]).append(", ");
		}
		return set.toString();
	}

	/**
	 * Stages a chunk's rows (merged within the chunk, e-mail present): binds the eleven
	 * column arrays, tenant, import id. Answers the rows that met a row already staged by
	 * an earlier chunk, duplicates within the file.
	 */
	static String stageUpsert(boolean overwrite) {
		String set = setClause(assignments(overwrite, "stage"));
		return """
				WITH input AS (
				    %s
				), staged AS (
				    INSERT INTO contact_import_stage AS stage (import_id, email_key, tenant_id, email, first_name, last_name,
				                                               title, phone, city, country, linkedin_url, company_id,
				                                               company_name, attributes)
				    SELECT ?, lower(email), ?, email, first_name, last_name, title, phone, city, country, linkedin_url,
				           company_id, company_name, attributes::jsonb
				    FROM input
				    ON CONFLICT (import_id, email_key) DO UPDATE SET %s
				    RETURNING old.email_key IS NOT NULL AS earlier
				)
				SELECT count(*) FILTER (WHERE earlier) FROM staged
				"""
			.formatted(ARRAY_INPUT, set.substring(0, set.length() - 2));
	}

	/**
	 * The contact upsert from {@code input} (a query answering {@link #INPUT_COLUMNS});
	 * binds: the input's, then tenant and import id three times. Answers the inserted,
	 * the updated that this import had written before (duplicates within the file), the
	 * updated, and the rows given. A matched contact whose values the merge would not
	 * change is not written at all (its {@code updated_at} and last import stay): it is
	 * neither inserted nor updated, so it counts as unchanged. A contact this import
	 * wrote before is always written, so that a repeated e-mail counts as a duplicate
	 * whether or not its values differ. The rows as they were come from PostgreSQL 18's
	 * {@code RETURNING old.*}: a separate lookup of the keys cost a probe per key, and as
	 * a join the planner (with the statistics of a table still filling up) hashed the
	 * tenant's whole index range. The conflict target is the stored {@code email_key}:
	 * under row level security only leakproof conditions become index conditions, and
	 * {@code lower()} is not.
	 */
	static String contactUpsert(boolean overwrite, String input) {
		List<String[]> assignments = assignments(overwrite, "contact");
		List<String> columns = new ArrayList<>();
		List<String> values = new ArrayList<>();
		for (String[] assignment : assignments) {
			columns.add(assignment[0]);
			values.add(assignment[1]);
		}
		String current = "contact." + String.join(", contact.", columns);
		return """
				WITH input AS (
				    %s
				), upserted AS (
				    INSERT INTO contact AS contact (tenant_id, email, first_name, last_name, title, phone, city, country,
				                                    linkedin_url, company_id, company_name, attributes, source_import_id,
				                                    last_import_id)
				    SELECT ?, email, first_name, last_name, title, phone, city, country, linkedin_url, company_id,
				           company_name, attributes::jsonb, ?, ?
				    FROM input
				    ON CONFLICT (tenant_id, email_key) WHERE email_key IS NOT NULL DO UPDATE SET
				        %s last_import_id = excluded.last_import_id
				    WHERE contact.last_import_id IS NOT DISTINCT FROM excluded.last_import_id
				       OR ROW(%s) IS DISTINCT FROM ROW(%s)
				    RETURNING old.id IS NULL AS inserted, old.last_import_id AS prior_import_id
				)
				SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted AND prior_import_id = ?),
				       count(*) FILTER (WHERE NOT inserted), count(*)
				FROM upserted
				"""
			.formatted(input, setClause(assignments), current, String.join(", ", values));
	}

}
