package dev.leadline.jobs.csvimport.writing;

import dev.leadline.jobs.csvimport.ContactFields;
import dev.leadline.jobs.csvimport.reading.ImportPlan;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jooq.DSLContext;

/**
 * Finds or creates the companies of a chunk's contacts: by normalised domain (from the
 * website column, else the e-mail's domain), else by name. Names follow the import's
 * policy like contact fields do; a company first known only by its domain is named after
 * it until a row gives its name.
 */
final class CompanyLinker {

	record Links(Map<String, Long> byDomain, Map<String, Long> byName, Map<Long, String> names, long created) {

		Long companyOf(ContactFields contact) {
			if (contact.companyDomain() != null) {
				return byDomain.get(contact.companyDomain());
			}
			return contact.companyName() == null ? null : byName.get(nameKey(contact.companyName()));
		}

		/** The linked company's name as stored (which may differ from the row's). */
		String companyNameOf(Long companyId) {
			return companyId == null ? null : names.get(companyId);
		}

	}

	/**
	 * "domain IS NOT NULL" lets the planner use the partial unique index (tenant_id,
	 * domain).
	 */
	static final String DOMAIN_IDS_SQL = "SELECT id, domain, name FROM company WHERE tenant_id = ? AND domain IS NOT NULL "
			+ "AND domain = ANY (?::text[])";

	private final DSLContext dsl;

	private final ImportPlan plan;

	CompanyLinker(DSLContext dsl, ImportPlan plan) {
		this.dsl = dsl;
		this.plan = plan;
	}

	Links link(List<ContactFields> contacts) {
		Map<String, String> nameByDomain = new LinkedHashMap<>();
		Map<String, String> nameOnly = new LinkedHashMap<>();
		for (ContactFields contact : contacts) {
			if (contact.companyDomain() != null) {
				String earlier = nameByDomain.get(contact.companyDomain());
				boolean replace = !nameByDomain.containsKey(contact.companyDomain()) || earlier == null
						|| (plan.overwrite() && contact.companyName() != null);
				if (replace) {
					nameByDomain.put(contact.companyDomain(), contact.companyName());
				}
			}
			else if (contact.companyName() != null) {
				nameOnly.putIfAbsent(nameKey(contact.companyName()), contact.companyName());
			}
		}
		long created = 0;
		Map<String, Long> byDomain = new HashMap<>();
		Map<String, Long> byName = new HashMap<>();
		Map<Long, String> names = new HashMap<>();
		if (!nameByDomain.isEmpty()) {
			created += byDomain(nameByDomain, byDomain, names);
		}
		if (!nameOnly.isEmpty()) {
			created += byName(nameOnly, byName, names);
		}
		return new Links(byDomain, byName, names, created);
	}

	private long byDomain(Map<String, String> nameByDomain, Map<String, Long> ids, Map<Long, String> namesById) {
		String[] domains = nameByDomain.keySet().toArray(String[]::new);
		String[] names = nameByDomain.values().toArray(String[]::new);
		long created = ArrayStatements.update(dsl, """
				INSERT INTO company (tenant_id, domain, name, website)
				SELECT ?, t.domain, coalesce(t.name, t.domain), 'https://' || t.domain
				FROM unnest(?::text[], ?::text[]) AS t(domain, name)
				ON CONFLICT (tenant_id, domain) WHERE domain IS NOT NULL DO NOTHING
				""", plan.tenantId(), domains, names);
		// A company named after its domain is waiting for a name; with OVERWRITE the
		// latest name wins.
		ArrayStatements.update(dsl,
				"""
						UPDATE company SET name = t.name
						FROM unnest(?::text[], ?::text[]) AS t(domain, name)
						WHERE company.tenant_id = ? AND company.domain IS NOT NULL AND company.domain = t.domain AND t.name IS NOT NULL
						  AND company.name IS DISTINCT FROM t.name AND (? OR company.name = company.domain)
						""",
				domains, names, plan.tenantId(), plan.overwrite());
		ArrayStatements.query(dsl, DOMAIN_IDS_SQL, rows -> {
			while (rows.next()) {
				ids.put(rows.getString(2), rows.getLong(1));
				namesById.put(rows.getLong(1), rows.getString(3));
			}
			return null;
		}, plan.tenantId(), domains);
		return created;
	}

	private long byName(Map<String, String> nameOnly, Map<String, Long> ids, Map<Long, String> namesById) {
		String[] names = nameOnly.values().toArray(String[]::new);
		long created = ArrayStatements.update(dsl, """
				INSERT INTO company (tenant_id, name)
				SELECT ?, t.name FROM unnest(?::text[]) AS t(name)
				ON CONFLICT (tenant_id, name_key) WHERE domain IS NULL DO NOTHING
				""", plan.tenantId(), names);
		// Matched in SQL: lower() follows the database's locale, which Java cannot know.
		// It is applied to the
		// input first: a join on lower(...) could not use the index under row level
		// security.
		ArrayStatements.query(dsl, """
				WITH t AS MATERIALIZED (SELECT name, lower(name) AS name_key FROM unnest(?::text[]) AS u(name))
				SELECT c.id, t.name, c.name FROM t
				JOIN company c ON c.tenant_id = ? AND c.domain IS NULL AND c.name_key = t.name_key
				""", rows -> {
			while (rows.next()) {
				ids.put(nameKey(rows.getString(2)), rows.getLong(1));
				namesById.put(rows.getLong(1), rows.getString(3));
			}
			return null;
		}, names, plan.tenantId());
		return created;
	}

	static String nameKey(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
