package dev.leadline.jobs.csvimport.mapping;

import dev.leadline.jobs.csvimport.TargetField;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names that columns go by in exports (HubSpot, Salesforce, Excel lists) in English,
 * French, German, Spanish, Italian, Portuguese and Dutch, and in Chinese (simplified and
 * traditional), Japanese and Korean, already normalised by {@link HeaderText}.
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
		addCjk();
		add(TargetField.IGNORE, "id", "record id", "contact id", "row id", "create date", "created at", "created",
				"created date", "last modified date", "updated at", "modified", "contact owner", "owner");
	}

	private HeaderSynonyms() {
	}

	/**
	 * Chinese (simplified, traditional), Japanese and Korean names, as exports write
	 * them.
	 */
	private static void addCjk() {
		add(TargetField.EMAIL, "邮箱", "电子邮箱", "电子邮件", "邮件", "邮箱地址", "电子邮件地址", "郵箱", "電子郵件", "電子郵件地址", "電郵", "メール",
				"メールアドレス", "電子メール", "電子メールアドレス", "eメール", "eメールアドレス", "이메일", "이메일 주소", "전자우편", "메일", "메일 주소");
		add(TargetField.FIRST_NAME, "名", "名前", "下の名前", "이름");
		add(TargetField.LAST_NAME, "姓", "姓氏", "苗字", "성");
		add(TargetField.FULL_NAME, "姓名", "联系人", "聯絡人", "聯繫人", "氏名", "お名前", "担当者", "担当者名", "성명", "담당자");
		add(TargetField.JOB_TITLE, "职位", "職位", "职务", "職務", "职称", "職稱", "头衔", "頭銜", "役職", "役職名", "肩書", "肩書き", "職種", "직함",
				"직위", "직책", "직급");
		add(TargetField.COMPANY_NAME, "公司", "公司名称", "公司名", "单位", "單位", "企业", "企業", "企業名", "会社", "会社名", "勤務先", "所属",
				"회사", "회사명", "회사 이름", "기업", "기업명", "소속");
		add(TargetField.WEBSITE, "网站", "網站", "网址", "網址", "公司网站", "公司網站", "ウェブサイト", "ホームページ", "웹사이트", "홈페이지");
		add(TargetField.PHONE, "电话", "電話", "电话号码", "電話號碼", "手机", "手機", "手机号", "手机号码", "手機號碼", "联系电话", "聯絡電話", "電話番号",
				"携帯", "携帯電話", "携帯番号", "携帯電話番号", "전화", "전화번호", "휴대폰", "휴대전화", "휴대폰 번호", "연락처");
		add(TargetField.CITY, "城市", "市", "所在城市", "市区町村", "都市", "도시", "시");
		add(TargetField.COUNTRY, "国家", "國家", "国家 地区", "國家 地區", "国", "国名", "국가", "나라");
		add(TargetField.LINKEDIN_URL, "领英", "領英", "linkedin 个人资料", "linkedinプロフィール", "링크드인");
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
