package dev.leadline.jobs.enrichment.person;

import dev.leadline.jobs.contactdata.Seniority;

/**
 * The rank a normalised title names, highest rule first: interns and assistants before
 * anything their title mentions ({@code Assistant to the CEO} is not C-level), owners
 * before C-level ({@code CEO & Co-Founder} is an owner), then C-level, VP, head,
 * director, manager, senior; an individual contributor's title without a rank word is
 * entry. Ranks follow the title's words, as B2B data providers do: an
 * {@code Account Manager} is a manager.
 */
final class SeniorityRules {

	private static final Terms INTERN = Terms.of("intern", "interns", "internship", "working student", "werkstudent*",
			"praktikant*", "azubi", "auszubildende*", "apprentice", "apprenti*", "stagiaire", "alternant*", "becari*",
			"practicante", "en practicas", "summer analyst", "summer associate", "student assistant");

	private static final Terms NOT_ASSISTANT = Terms.of("assistant manager", "assistant director", "assistant vice*",
			"assistant professor", "assistant general*", "secretaire general*", "secretario general",
			"secretaria general");

	private static final Terms ASSISTANT = Terms.of("assistant", "assistent*", "assistenz", "assistante", "asistente",
			"secretary", "sekretar*", "secretaire", "secretaria", "personal assistant");

	private static final Terms PRODUCT_OWNER = Terms.of("product owner", "process owner", "service owner", "data owner",
			"system owner", "content owner");

	private static final Terms OWNER = Terms.of("founder", "co founder", "cofounder", "founding partner", "owner",
			"co owner", "proprietor", "inhaber*", "*inhaber*", "*grunder*", "gesellschafter*", "fondateur",
			"fondatrice", "co fondat*", "cofondat*", "fundador*", "cofundador*", "propietari*", "proprietaire", "dueno",
			"duena", "socio*", "associe", "associee", "self employed", "selbststandig", "selbstandig", "autonomo",
			"autonoma", "freelance*", "freiberuf*", "entrepreneur", "unternehmer", "unternehmerin", "managing partner",
			"senior partner", "equity partner", "name partner");

	private static final Terms C_LEVEL = Terms.of("ceo", "cfo", "cto", "coo", "cmo", "cio", "cro", "cso", "cpo", "cdo",
			"cco", "chro", "cao", "ciso", "clo", "cxo", "chief executive", "managing director", "general manager",
			"gerente general", "director general", "directora general", "directeur general", "directrice generale",
			"director ejecutivo", "directora ejecutiva", "executive director", "pdg", "consejero delegado",
			"consejera delegada", "geschaftsfuhr*", "vorstand*", "gerant", "gerante", "secretaire general*",
			"deputy ceo", "country manager");

	private static final Terms CHIEF = Terms.of("chief");

	private static final Terms OFFICER = Terms.of("officer");

	private static final Terms CHIEF_OF_STAFF = Terms.of("chief of staff");

	private static final Terms PRESIDENT = Terms.of("president*", "presidenta");

	private static final Terms VP = Terms.of("vp", "svp", "evp", "avp", "vice president*", "vicepresident*",
			"vizeprasident*", "vize prasident*");

	private static final Terms MANAGER_LEITER = Terms.of("teamleit*", "projektleit*", "gruppenleit*", "filialleit*",
			"schichtleit*", "objektleit*", "bauleit*", "team leit*", "projekt leit*");

	private static final Terms HEAD = Terms.of("head", "general counsel", "leiter", "leiterin", "leitung", "*leiter",
			"*leiterin", "*leitung", "jefe", "jefa", "chef comptable", "bereichsleit*");

	private static final Terms JEFE_MANAGER = Terms.of("jefe de proyecto*", "jefa de proyecto*", "jefe de equipo",
			"jefa de equipo", "jefe de producto", "jefa de producto", "jefe de turno", "jefe de tienda");

	private static final Terms DIRECTOR = Terms.of("director*", "directeur", "directrice", "*direktor*", "directora",
			"subdirector*", "dsi", "drh", "prokurist*");

	private static final Terms MANAGER = Terms.of("manager*", "*manager", "*managerin", "mgr", "gerente", "responsable",
			"chef de", "chef d", "chef des", "team lead", "team leader", "teamlead*", "supervisor*", "encargad*",
			"product owner");

	private static final Terms SENIOR = Terms.of("senior", "sr", "snr", "lead", "principal", "staff engineer",
			"staff software", "staff data", "staff product", "leitend*", "architect", "architekt*", "arquitect*",
			"architecte", "business partner", "expert*", "experte");

	private static final Terms ENTRY = Terms.of("junior", "jr", "mitarbeiter*", "*mitarbeiter", "sachbearbeiter*",
			"trainee", "employee", "associate", "specialist", "analyst", "coordinator", "representative", "officer",
			"agent", "clerk", "technician", "bookkeeper", "gestionnaire*", "charge de", "chargee de", "auxiliar*",
			"asesor*", "referent*", "*referent*", "*betreuer*", "*betreuerin", "angestellte*", "teleoperador*",
			"dependient*");

	private SeniorityRules() {
	}

	/** The rank, or null when the title names neither a rank nor a job. */
	static Seniority of(String title, boolean namesAFunction) {
		if (INTERN.in(title)) {
			return Seniority.INTERN;
		}
		if (ASSISTANT.in(title) && !NOT_ASSISTANT.in(title)) {
			return Seniority.ENTRY;
		}
		if (CHIEF_OF_STAFF.in(title)) {
			return Seniority.DIRECTOR;
		}
		if (OWNER.in(title) && !PRODUCT_OWNER.in(title) || title.equals(" partner ")) {
			return Seniority.OWNER;
		}
		if (isCLevel(title)) {
			return Seniority.C_LEVEL;
		}
		if (VP.in(title)) {
			return Seniority.VP;
		}
		return belowVp(title, namesAFunction);
	}

	private static Seniority belowVp(String title, boolean namesAFunction) {
		if (MANAGER_LEITER.in(title) || JEFE_MANAGER.in(title)) {
			return Seniority.MANAGER;
		}
		if (HEAD.in(title)) {
			return Seniority.HEAD;
		}
		if (DIRECTOR.in(title)) {
			return Seniority.DIRECTOR;
		}
		if (MANAGER.in(title)) {
			return Seniority.MANAGER;
		}
		if (SENIOR.in(title)) {
			return Seniority.SENIOR;
		}
		if (namesAFunction || ENTRY.in(title)) {
			return Seniority.ENTRY;
		}
		return null;
	}

	private static boolean isCLevel(String title) {
		if (C_LEVEL.in(title) || CHIEF.in(title) && OFFICER.in(title)) {
			return true;
		}
		return PRESIDENT.in(title) && !VP.in(title);
	}

	static boolean isAssistant(String title) {
		return ASSISTANT.in(title) && !NOT_ASSISTANT.in(title);
	}

}
