package dev.leadline.jobs.selection;

import static dev.leadline.db.jooq.Tables.CONTACT;

import java.util.Locale;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The search box: a substring of a contact's name, e-mail or company name
 * ({@code contact.search_text}).
 * <p>
 * Row level security keeps {@code LIKE} (not leakproof) out of index conditions, so a
 * query under the tenant policies cannot use the trigram index. A term of three
 * characters or more first asks {@code contact_ids_matching}, which runs as the table
 * owner with the index and answers for the session's tenant only (migration V9): up to
 * {@link #MAX_IDS} matches become an id list, read back under the policies. A term
 * matching more (or shorter than a trigram) is common: pages find it by scanning in their
 * own order.
 */
public final class ContactSearch {

	/**
	 * Matches up to this many are looked up by id; more, and the term is matched while
	 * scanning.
	 */
	public static final int MAX_IDS = 5_000;

	private ContactSearch() {
	}

	/**
	 * The condition for {@code q} (lower-cased, LIKE wildcards escaped), or none without
	 * a term.
	 */
	public static Condition condition(DSLContext dsl, String q) {
		if (q == null || q.isBlank()) {
			return DSL.noCondition();
		}
		String pattern = containsPattern(q);
		if (usesTrigrams(q)) {
			Long[] ids = dsl.select(DSL.field("contact_ids_matching({0}, {1})", SQLDataType.BIGINT.array(),
					DSL.val(pattern), DSL.val(MAX_IDS)))
				.fetchOne(0, Long[].class);
			if (ids != null && ids.length < MAX_IDS) {
				return ids.length == 0 ? DSL.falseCondition()
						: CONTACT.ID.in(DSL.select(DSL.field("unnest({0})", Long.class, DSL.val(ids))));
			}
		}
		return CONTACT.SEARCH_TEXT.like(pattern);
	}

	/** Whether a term is long enough for the trigram index (three characters or more). */
	public static boolean usesTrigrams(String q) {
		return q != null && q.strip().length() >= 3;
	}

	/**
	 * A LIKE pattern matching the term, lower-cased, anywhere in a lower-cased text:
	 * {@code %}, {@code _} and the escape character itself match literally (PostgreSQL's
	 * default escape, the backslash).
	 */
	public static String containsPattern(String term) {
		String lower = term.strip().toLowerCase(Locale.ROOT);
		return "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
