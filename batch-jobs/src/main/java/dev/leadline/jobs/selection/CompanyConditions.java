package dev.leadline.jobs.selection;

import static dev.leadline.db.jooq.Tables.COMPANY;

import java.util.ArrayList;
import java.util.List;

import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * A {@link CompanyFilter} as SQL, starting with the tenant (see
 * {@link ContactConditions}).
 */
public final class CompanyConditions {

	private CompanyConditions() {
	}

	public static Condition of(long tenantId, CompanyFilter filter) {
		List<Condition> where = new ArrayList<>();
		where.add(COMPANY.TENANT_ID.eq(tenantId));
		if (filter.q() != null) {
			// A tenant has thousands of companies, not millions: matching while scanning
			// its rows is fast.
			String pattern = ContactSearch.containsPattern(filter.q());
			where.add(COMPANY.NAME_KEY.like(pattern).or(COMPANY.DOMAIN.like(pattern)));
		}
		if (!filter.countries().isEmpty()) {
			where.add(COMPANY.COUNTRY.in(filter.countries()));
		}
		if (filter.hasDomain() != null) {
			where.add(filter.hasDomain() ? COMPANY.DOMAIN.isNotNull() : COMPANY.DOMAIN.isNull());
		}
		return DSL.and(where);
	}

}
