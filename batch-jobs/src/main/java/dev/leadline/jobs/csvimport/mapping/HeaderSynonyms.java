package dev.leadline.jobs.csvimport.mapping;

import dev.leadline.jobs.csvimport.TargetField;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names that columns go by in exports (HubSpot, Salesforce, Excel lists) in English,
 * French, German, Spanish, Italian, Portuguese and Dutch, already normalised by
 * {@link HeaderText}.
 */
public final class HeaderSynonyms {

	private static final Map<String, TargetField> BY_NAME = new HashMap<>();

	static {
		add(TargetField.EMAIL, "email", "e mail", "mail", "email address", "e mail address", "mail address",
				"work email", "business email", "courriel", "adresse email", "adresse e mail", "adresse mail",
				"adresse courriel", "e mail adresse", "emailadresse", "mailadresse", "correo", "correo electronico",
				"email corporativo", "posta elettronica", "indirizzo email", "indirizzo e mail", "endereco de email",
				"endereco de e mail", "endereco eletronico", "e mailadres", "emailadres", "e mail adres");
		add(TargetField.FIRST_NAME, "first name", "firstname", "first", "given name", "forename", "fname", "prenom",
				"vorname", "nombre", "nome", "primeiro nome", "voornaam", "roepnaam");
		add(TargetField.LAST_NAME, "last name", "lastname", "last", "surname", "family name", "lname", "nom",
				"nom de famille", "nachname", "familienname", "apellido", "apellidos", "primer apellido", "cognome",
				"sobrenome", "apelido", "ultimo nome", "achternaam");
		add(TargetField.FULL_NAME, "name", "full name", "fullname", "contact name", "contact", "person", "nom complet",
				"nom et prenom", "prenom et nom", "vollstandiger name", "kontakt", "nombre completo", "contacto",
				"nome completo", "contatto", "naam", "volledige naam", "contactpersoon");
		add(TargetField.JOB_TITLE, "job title", "jobtitle", "title", "position", "role", "job", "job role", "poste",
				"fonction", "titre", "intitule de poste", "intitule du poste", "jobtitel", "titel", "berufsbezeichnung",
				"funktion", "stellenbezeichnung", "cargo", "puesto", "titulo", "ruolo", "qualifica", "posizione",
				"funzione", "mansione", "funcao", "functie", "functietitel", "rol");
		add(TargetField.COMPANY_NAME, "company", "company name", "organization", "organisation", "organization name",
				"account", "account name", "employer", "societe", "entreprise", "nom de l entreprise",
				"nom de la societe", "raison sociale", "firma", "firmenname", "unternehmen", "arbeitgeber", "empresa",
				"nombre de la empresa", "compania", "azienda", "societa", "ditta", "nome da empresa", "bedrijf",
				"bedrijfsnaam", "organisatie", "onderneming");
		add(TargetField.WEBSITE, "website", "web site", "website url", "company website", "site", "site web",
				"site internet", "url", "domain", "company domain", "company domain name", "domain name", "homepage",
				"web", "webseite", "internetseite", "internetadresse", "domane", "sitio web", "pagina web", "dominio",
				"sito web", "sito", "sito internet", "domaine", "domein", "webpagina");
		add(TargetField.PHONE, "phone", "phone number", "telephone", "telephone number", "tel", "mobile",
				"mobile phone", "mobile phone number", "cell", "cell phone", "work phone", "numero de telephone",
				"portable", "telefon", "telefonnummer", "handy", "mobil", "mobilnummer", "telefono", "movil", "celular",
				"telefone", "telemovel", "cellulare", "numero di telefono", "telefoon", "telefoonnummer", "mobiel",
				"gsm");
		add(TargetField.CITY, "city", "town", "ville", "commune", "stadt", "ort", "wohnort", "ciudad", "localidad",
				"municipio", "citta", "localita", "cidade", "stad", "plaats", "woonplaats");
		add(TargetField.COUNTRY, "country", "country region", "country code", "country name", "pays", "land", "pais",
				"paese", "nazione", "nacao");
		add(TargetField.LINKEDIN_URL, "linkedin", "linkedin url", "linkedin profile", "linkedin profile url",
				"person linkedin url", "profil linkedin", "linkedin profil", "perfil linkedin", "perfil de linkedin",
				"profilo linkedin", "linkedin profiel");
		add(TargetField.IGNORE, "id", "record id", "contact id", "row id", "create date", "created at", "created",
				"created date", "last modified date", "updated at", "modified", "contact owner", "owner");
	}

	private HeaderSynonyms() {
	}

	private static void add(TargetField field, String... names) {
		for (String name : names) {
			BY_NAME.put(HeaderText.normalise(name), field);
		}
	}

	/** Whether the header is exactly a known column name. */
	public static boolean isKnown(String header) {
		return BY_NAME.containsKey(HeaderText.normalise(header));
	}

	/**
	 * The field a header names: exactly (strength 0.9), or through the longest known name
	 * among its words (strength 0.7, as in "Work E-mail (primary)").
	 */
	static Optional<HeaderMatch> match(String header) {
		String normalised = HeaderText.normalise(header);
		if (normalised.isEmpty()) {
			return Optional.empty();
		}
		TargetField exact = BY_NAME.get(normalised);
		if (exact != null) {
			return Optional.of(new HeaderMatch(exact, 0.9, normalised));
		}
		String padded = " " + normalised + " ";
		return BY_NAME.entrySet()
			.stream()
			.filter(entry -> padded.contains(" " + entry.getKey() + " "))
			.max(Map.Entry
				.comparingByKey(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())))
			.map(entry -> new HeaderMatch(entry.getValue(), 0.7, entry.getKey()));
	}

	record HeaderMatch(TargetField field, double strength, String synonym) {
	}

}
