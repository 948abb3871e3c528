package dev.leadline.jobs.enrichment.person;

import dev.leadline.jobs.contactdata.Department;
import java.util.List;
import java.util.Map;

/**
 * The function a normalised title names. Specific phrases are tried first
 * ({@code Sales Engineer} is sales, {@code Product Marketing Manager} marketing,
 * {@code IT Support} IT); then the earliest function word in the title wins
 * ({@code VP of Sales EMEA}); project, branch and store words count only when nothing
 * else is named. A title without a function word has no department, except an owner's or
 * a C-level title, which is {@code EXECUTIVE}; an assistant's is {@code OPERATIONS}.
 */
final class DepartmentRules {

	private static final List<Map.Entry<Department, Terms>> PHRASES = List.of(
			Map.entry(Department.MARKETING,
					Terms.of("product marketing", "content marketing", "social media", "community manager")),
			Map.entry(Department.SALES,
					Terms.of("sales engineer", "solutions engineer", "solution engineer", "pre sales", "presales",
							"vertriebsingenieur*", "ingenieur commercial", "technico commercial", "key account*",
							"account manager", "account executive", "business development", "business developer",
							"gerente de cuenta*", "ejecutiva de cuenta*", "ejecutivo de cuenta*", "charge d affaires",
							"chargee d affaires", "kundenberater*", "developpement commercial", "desarrollo comercial",
							"desarrollo de negocio*", "grands comptes")),
			Map.entry(Department.CUSTOMER_SUCCESS, Terms.of("customer success", "client success", "kundenerfolg")),
			Map.entry(Department.IT,
					Terms.of("it support", "it project*", "it security", "informatique", "desktop support")),
			Map.entry(Department.SUPPORT, Terms.of("customer support", "customer service*", "customer care",
					"service client*", "kundenservice", "kundendienst", "atencion al cliente", "conseiller clientele",
					"conseillere clientele", "technical support", "support engineer", "call center", "callcenter")),
			Map.entry(Department.DATA,
					Terms.of("data science", "data scientist*", "data engineer*", "data analyst*", "machine learning",
							"analyste de donnees", "analista de datos", "ingeniero de datos", "ingeniera de datos",
							"ingenieur data", "ingenieure data", "cientifico de datos", "cientifica de datos",
							"business intelligence", "bi analyst")),
			Map.entry(Department.HR,
					Terms.of("human resources", "people operations", "head of people", "chief people",
							"talent acquisition", "recursos humanos", "ressources humaines")),
			Map.entry(Department.PRODUCT,
					Terms.of("product owner", "product manager*", "produktmanager*", "chef de produit",
							"jefe de producto", "jefa de producto")),
			Map.entry(Department.DESIGN,
					Terms.of("product designer", "art director", "directeur artistique", "directrice artistique",
							"director de arte", "directora de arte", "creative director")),
			Map.entry(Department.LEGAL, Terms.of("general counsel", "legal counsel")),
			Map.entry(Department.FINANCE,
					Terms.of("kaufmannischer leit*", "kaufmannische leit*", "kaufmannischer geschaftsf*",
							"kaufmannische geschaftsf*", "kaufmannischer direktor*", "kaufmannische direktor*",
							"accounts payable", "accounts receivable")),
			Map.entry(Department.EXECUTIVE, Terms.of("chief of staff")), Map.entry(Department.OPERATIONS,
					Terms.of("supply chain", "office manager*", "produktion*", "personal assistant")));

	private static final List<Map.Entry<Department, Terms>> WORDS = List.of(
			Map.entry(Department.SALES,
					Terms.of("sales", "vertrieb*", "*vertrieb*", "verkauf*", "commercial*", "comercial*", "ventas",
							"vente", "ventes", "partnerships", "dependient*", "comptes", "vendedor*", "vendeur*",
							"vendeuse", "revenue", "aussendienst*", "innendienst*", "sdr", "bdr", "cro", "cuentas")),
			Map.entry(Department.MARKETING,
					Terms.of("marketing*", "*marketing*", "brand", "communications", "communication", "kommunikation",
							"comunicacion", "pr", "press*", "seo", "sem", "growth", "content", "demand gen*",
							"*kommunikation", "cmo")),
			Map.entry(Department.ENGINEERING,
					Terms.of("engineering", "engineer", "software*", "*software", "developer", "developers",
							"*entwickler*", "*entwicklung", "developpeur*", "developpeuse*", "developpement",
							"desarrollador*", "programador*", "programmer", "ingenieur*", "ingeniero*", "ingeniera*",
							"desarrollo", "devops", "sre", "site reliability", "qa", "quality assurance", "frontend",
							"backend", "full stack", "fullstack", "technical", "technique", "technisch*", "tecnologia",
							"technology", "tech", "cto")),
			Map.entry(Department.IT,
					Terms.of("it", "ti", "informatik*", "informatiker*", "*informatiker", "systemadministrat*",
							"system administrator", "systems administrator", "administrateur systemes*", "sysadmin",
							"network", "netzwerk*", "reseaux", "redes", "helpdesk", "help desk", "sistemas", "systemes",
							"information", "informacion", "security", "infrastructure", "cio", "ciso", "dsi")),
			Map.entry(Department.HR,
					Terms.of("hr", "people", "talent", "recruit*", "recruiter*", "personal", "personal*", "rh", "drh",
							"rrhh", "reclutador*", "recrutement", "reclutamiento", "payroll", "paie", "chro")),
			Map.entry(Department.FINANCE,
					Terms.of("finance", "financial", "finanz*", "financier*", "financiero*", "finanzas", "accounting",
							"accountant", "buchhalt*", "*buchhalter*", "*buchhaltung", "comptable", "comptabilite",
							"contable", "contador*", "contabilidad", "bookkeep*", "rechnungswesen", "controller",
							"controlling", "controleur de gestion", "tax", "steuer*", "treasury", "tresorerie",
							"audit*", "cfo")),
			Map.entry(Department.LEGAL,
					Terms.of("legal", "counsel", "lawyer", "attorney", "paralegal", "jurist*", "juriste", "juridique",
							"juridic*", "recht", "*rechtsabteilung", "rechtsanwalt*", "*rechtsanwalt", "syndikus*",
							"justiziar*", "avocat*", "abogad*", "compliance", "notar*", "clo")),
			Map.entry(Department.OPERATIONS,
					Terms.of("operations", "operation", "operating", "ops", "operaciones", "logistics", "logistik*",
							"*logistik*", "logistique", "logistica", "procurement", "purchasing", "buyer", "einkauf*",
							"*einkauf", "achat*", "acheteur*", "acheteuse", "compras", "comprador*", "facility",
							"facilities", "production", "produccion", "quality", "qualite", "qualitat*", "lager*",
							"warehouse", "coo")),
			Map.entry(Department.SUPPORT,
					Terms.of("support", "soporte", "suporte", "clientele", "kundenbetreu*", "teleoperador*")),
			Map.entry(Department.CUSTOMER_SUCCESS, Terms.of("customer", "customers", "client services", "onboarding")),
			Map.entry(Department.PRODUCT, Terms.of("product", "produkt*", "produit", "producto", "cpo")),
			Map.entry(Department.DESIGN,
					Terms.of("design", "designer*", "disenador*", "disenadora", "diseno", "graphiste", "grafik*",
							"mediengestalter*", "ux", "ui", "creative", "kreativ*")),
			Map.entry(Department.DATA, Terms.of("data", "datos", "donnees", "daten*", "analytics", "bi", "ml", "cdo")),
			Map.entry(Department.OTHER,
					Terms.of("consultant*", "consultor*", "consultora", "*berater*", "teacher", "lehrer*",
							"enseignant*", "profesor*", "professor", "nurse", "krankenpfleger*", "arzt", "arztin",
							"doctor", "physician", "medico", "medecin", "pharmacist", "apotheker*", "journalist*",
							"editor", "redakteur*", "researcher", "forscher*")));

	private static final Terms WEAK_OPERATIONS = Terms.of("project*", "projekt*", "projet*", "proyecto*", "filial*",
			"program", "programme", "administrati*", "administracion", "buro*", "tienda", "store", "shop");

	private DepartmentRules() {
	}

	/** The function the title names, or null when it names none. */
	static Department named(String title) {
		Department phrase = earliest(PHRASES, title);
		if (phrase != null) {
			return phrase;
		}
		Department word = earliest(WORDS, title);
		if (word != null) {
			return word;
		}
		return WEAK_OPERATIONS.in(title) ? Department.OPERATIONS : null;
	}

	private static Department earliest(List<Map.Entry<Department, Terms>> rules, String title) {
		Department found = null;
		int first = Integer.MAX_VALUE;
		for (Map.Entry<Department, Terms> rule : rules) {
			int at = rule.getValue().find(title);
			if (at >= 0 && at < first) {
				first = at;
				found = rule.getKey();
			}
		}
		return found;
	}

}
