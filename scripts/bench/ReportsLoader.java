import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Loads the reports benchmark's companies straight into Leadline's database, as the PostgreSQL superuser: N
 * companies of one tenant, names in Latin, Greek, Cyrillic, Chinese and Japanese in turn, each with eight contacts
 * of mixed seniority and two enriched fields with source and date, a fit score on every other one.
 *
 *   java -cp postgresql.jar ReportsLoader.java --url jdbc:postgresql://localhost:PORT/leadline --tenant ID --companies N
 */
public class ReportsLoader {

	public static void main(String[] args) throws Exception {
		String url = null;
		long tenant = 0;
		int companies = 1000;
		for (int i = 0; i < args.length; i += 2) {
			switch (args[i]) {
				case "--url" -> url = args[i + 1];
				case "--tenant" -> tenant = Long.parseLong(args[i + 1]);
				case "--companies" -> companies = Integer.parseInt(args[i + 1]);
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("""
					INSERT INTO company (tenant_id, name, domain, website, industry, employee_count, city, country, enrichment)
					SELECT %1$d,
					       (ARRAY['Nordlicht Logistik GmbH', 'Παπαδόπουλος Ναυτιλιακή Α.Ε.', 'ООО Северный Ветер',
					              '北京数据科技有限公司', '株式会社さくらデータ'])[g %% 5 + 1] || ' ' || g,
					       'company' || g || '.example', 'https://company' || g || '.example',
					       (ARRAY['Logistics', 'Shipping', 'Energy', 'Software', 'Retail'])[g %% 5 + 1], 50 + g * 7 %% 5000,
					       (ARRAY['Hamburg', 'Piraeus', 'Moscow', 'Beijing', 'Osaka'])[g %% 5 + 1],
					       (ARRAY['DE', 'GR', 'RU', 'CN', 'JP'])[g %% 5 + 1],
					       jsonb_build_object(
					         'headquarters', jsonb_build_object('value', (ARRAY['Hamburg', 'Piraeus', 'Moscow', 'Beijing', 'Osaka'])[g %% 5 + 1],
					                                            'source', 'company/registry', 'fetchedAt', '2026-11-30T12:00:00Z'),
					         'technologies', jsonb_build_object('value', 'PostgreSQL, Kafka, React', 'source', 'website/crawler',
					                                            'fetchedAt', '2026-12-01T09:30:00Z'))
					       || CASE WHEN g %% 2 = 0 THEN jsonb_build_object('fitScore', jsonb_build_object('value', 40 + g %% 60,
					            'source', 'fit/model', 'fetchedAt', '2026-12-02T08:00:00Z')) ELSE '{}'::jsonb END
					FROM generate_series(1, %2$d) g""".formatted(tenant, companies));
			statement.execute("""
					INSERT INTO contact (tenant_id, company_id, company_name, first_name, last_name, email, title, phone)
					SELECT c.tenant_id, c.id, c.name,
					       (ARRAY['Anna', 'Νίκος', 'Дмитрий', '伟', '太郎', 'Lena', 'Omar', 'Grace'])[k],
					       (ARRAY['Schmidt', 'Παπαδόπουλος', 'Иванов', '张', '山田', 'Berg', 'Haddad', 'Hopper'])[k],
					       'p' || k || '.' || c.id || '@' || c.domain,
					       (ARRAY['CEO', 'VP Sales', 'Head of Data', 'Director of IT', 'Sales Manager', 'Senior Engineer', 'Analyst', NULL])[k],
					       '+49 30 ' || (1000000 + c.id * 8 + k)
					FROM company c, generate_series(1, 8) k
					WHERE c.tenant_id = %d""".formatted(tenant));
			// Seniority is what the Person stage writes to contact_enrichment, one per title above.
			statement.execute("""
					INSERT INTO contact_enrichment (tenant_id, contact_id, seniority)
					SELECT tenant_id, id, (ARRAY['C_LEVEL', 'VP', 'HEAD', 'DIRECTOR', 'MANAGER', 'SENIOR', 'ENTRY'])[
					         array_position(ARRAY['CEO', 'VP Sales', 'Head of Data', 'Director of IT', 'Sales Manager',
					                              'Senior Engineer', 'Analyst'], title)]
					FROM contact WHERE tenant_id = %d AND title IS NOT NULL""".formatted(tenant));
			statement.execute("ANALYZE company; ANALYZE contact; ANALYZE contact_enrichment");
		}
	}

}
