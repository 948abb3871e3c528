package dev.leadline.jobs.enrichment.company;

import dev.leadline.jobs.contactdata.PhoneDetails;
import dev.leadline.jobs.contactdata.PhoneNumbers;
import dev.leadline.jobs.enrichment.EnrichedValue;
import dev.leadline.jobs.enrichment.person.EmailVerdict;
import dev.leadline.jobs.enrichment.person.EmailVerifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a company's pages say about it: name, description, language, social links, public
 * e-mail addresses and phone numbers (checked by the Person stage's rules), technologies,
 * country hints and the industry its own metadata names. Each fact carries the first page
 * that gave it and when that page was fetched.
 */
final class SiteFacts {

	static final int MOST_EMAILS = 10;

	static final int MOST_PHONES = 5;

	private static final Pattern EMAIL = Pattern
		.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z]{2,24})+");

	private static final Pattern PHONE = Pattern.compile("(?:\\+|00)[1-9][0-9 ()./-]{6,20}[0-9]");

	private static final Map<String, String> NETWORKS = new LinkedHashMap<>();

	/** Country-code top-level domains that say nothing about a country. */
	private static final Set<String> GENERIC_CC = Set.of("io", "co", "ai", "tv", "me", "fm", "ly", "gg", "to", "cc",
			"ws", "app", "dev", "eu");

	/** schema.org types too general to be an industry. */
	private static final Set<String> GENERAL_TYPES = Set.of("organization", "corporation", "localbusiness", "website",
			"webpage", "person", "place", "brand", "thing", "imageobject", "breadcrumblist", "sitenavigationelement",
			"searchaction", "postaladdress", "contactpoint", "offer", "product", "aboutpage", "contactpage");

	static {
		NETWORKS.put("linkedin.com/company/", "linkedin");
		NETWORKS.put("linkedin.com/school/", "linkedin");
		NETWORKS.put("xing.com/pages/", "xing");
		NETWORKS.put("xing.com/companies/", "xing");
		NETWORKS.put("twitter.com/", "x");
		NETWORKS.put("x.com/", "x");
		NETWORKS.put("facebook.com/", "facebook");
		NETWORKS.put("instagram.com/", "instagram");
		NETWORKS.put("youtube.com/", "youtube");
		NETWORKS.put("github.com/", "github");
		NETWORKS.put("tiktok.com/@", "tiktok");
	}

	private final EmailVerifier emails;

	private final JsonLd jsonLd;

	SiteFacts(EmailVerifier emails, JsonLd jsonLd) {
		this.emails = emails;
		this.jsonLd = jsonLd;
	}

	Map<String, EnrichedValue> of(List<Page> pages) {
		Map<String, EnrichedValue> facts = new LinkedHashMap<>();
		Page home = pages.get(0);
		List<JsonLd.Node> organisations = new ArrayList<>();
		pages.forEach((page) -> organisations.addAll(this.jsonLd.organisations(page.document())));
		first(facts, "name", pages, (document) -> name(document, organisations));
		first(facts, "description", pages, (document) -> description(document, organisations));
		first(facts, "language", pages, SiteFacts::language);
		first(facts, "industry", pages, (document) -> industry(document, organisations));
		collect(facts, "socialLinks", pages, (document) -> socialLinks(document, organisations), 10);
		collect(facts, "technologies", List.of(home), (document) -> new ArrayList<>(Technologies.of(document)), 30);
		String country = countryHintFromLanguage(home.document());
		collect(facts, "emails", pages, this::emails, MOST_EMAILS);
		collect(facts, "phones", pages, (document) -> phones(document, organisations, country), MOST_PHONES);
		List<String> hints = countryHints(home, organisations, facts);
		if (!hints.isEmpty()) {
			facts.put("countryHints", EnrichedValue.from(hints, WebsiteCrawler.PROVIDER, home.url(), home.fetchedAt()));
		}
		return facts;
	}

	private static void first(Map<String, EnrichedValue> facts, String field, List<Page> pages,
			Function<Document, String> read) {
		for (Page page : pages) {
			String value = read.apply(page.document());
			if (value != null && !value.isBlank()) {
				facts.put(field,
						EnrichedValue.from(clean(value), WebsiteCrawler.PROVIDER, page.url(), page.fetchedAt()));
				return;
			}
		}
	}

	/**
	 * Values from every page, in page order, without repeats; the first page that had one
	 * is the source.
	 */
	private static void collect(Map<String, EnrichedValue> facts, String field, List<Page> pages,
			Function<Document, List<String>> read, int most) {
		Set<String> values = new LinkedHashSet<>();
		Page source = null;
		for (Page page : pages) {
			List<String> found = read.apply(page.document());
			if (source == null && !found.isEmpty()) {
				source = page;
			}
			found.forEach((value) -> {
				if (values.size() < most) {
					values.add(value);
				}
			});
		}
		if (source != null) {
			facts.put(field,
					EnrichedValue.from(List.copyOf(values), WebsiteCrawler.PROVIDER, source.url(), source.fetchedAt()));
		}
	}

	private static String name(Document document, List<JsonLd.Node> organisations) {
		String site = meta(document, "meta[property=og:site_name]", "meta[name=application-name]");
		if (site != null) {
			return site;
		}
		for (JsonLd.Node organisation : organisations) {
			if (organisation.text("name") != null) {
				return organisation.text("name");
			}
		}
		String title = document.title();
		return title.isBlank() ? null : title.split("\\s+[|–—·-]\\s+")[0];
	}

	private static String description(Document document, List<JsonLd.Node> organisations) {
		String description = meta(document, "meta[name=description]", "meta[property=og:description]");
		if (description != null) {
			return abbreviate(description, 1000);
		}
		return organisations.stream()
			.map((organisation) -> organisation.text("description"))
			.filter((text) -> text != null && !text.isBlank())
			.map((text) -> abbreviate(text, 1000))
			.findFirst()
			.orElse(null);
	}

	private static String language(Document document) {
		String lang = document.select("html[lang]").attr("lang");
		if (lang.isBlank()) {
			lang = meta(document, "meta[http-equiv=content-language]");
		}
		if (lang == null || lang.isBlank()) {
			return null;
		}
		String primary = lang.trim().split("[-_]")[0].toLowerCase(Locale.ROOT);
		return primary.matches("[a-z]{2,3}") ? primary : null;
	}

	private static String industry(Document document, List<JsonLd.Node> organisations) {
		String named = meta(document, "meta[name=industry]", "meta[property=business:industry]", "meta[name=category]");
		if (named != null) {
			return named;
		}
		for (JsonLd.Node organisation : organisations) {
			if (organisation.text("industry") != null) {
				return organisation.text("industry");
			}
			for (String type : organisation.types()) {
				if (!GENERAL_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
					// schema.org names types in CamelCase: LegalService -> Legal Service
					return type.replaceAll("([a-z])([A-Z])", "$1 $2");
				}
			}
		}
		return null;
	}

	/**
	 * Links to the company's profiles: in the page, and its schema.org {@code sameAs}.
	 */
	private static List<String> socialLinks(Document document, List<JsonLd.Node> organisations) {
		List<String> hrefs = new ArrayList<>();
		for (Element anchor : document.select("a[href], link[rel=me][href]")) {
			hrefs.add(anchor.absUrl("href"));
		}
		organisations.forEach((organisation) -> hrefs.addAll(organisation.texts("sameAs")));
		List<String> links = new ArrayList<>();
		for (String href : hrefs) {
			String lower = href.toLowerCase(Locale.ROOT).replaceFirst("^https?://(www\\.|[a-z]{2}\\.)?", "");
			for (String sign : NETWORKS.keySet()) {
				if (lower.startsWith(sign) && lower.length() > sign.length() && !lower.contains("/sharer")
						&& !lower.contains("/intent/") && !lower.contains("share")) {
					links.add("https://" + lower.split("[?#]")[0].replaceFirst("/$", ""));
					break;
				}
			}
		}
		return links;
	}

	private List<String> emails(Document document) {
		Set<String> candidates = new LinkedHashSet<>();
		for (Element anchor : document.select("a[href^=mailto:]")) {
			candidates.add(anchor.attr("href").substring(7).split("\\?")[0].trim());
		}
		Matcher matcher = EMAIL.matcher(document.body() == null ? "" : document.body().text());
		while (matcher.find()) {
			candidates.add(matcher.group());
		}
		List<String> valid = new ArrayList<>();
		for (String candidate : candidates) {
			EmailVerdict verdict = this.emails
				.verify(java.net.URLDecoder.decode(candidate, java.nio.charset.StandardCharsets.UTF_8));
			if (!EmailVerdict.INVALID.equals(verdict.status())) {
				valid.add(verdict.email());
			}
		}
		return valid;
	}

	private static List<String> phones(Document document, List<JsonLd.Node> organisations, String country) {
		Set<String> candidates = new LinkedHashSet<>();
		document.select("a[href^=tel:]").forEach((anchor) -> candidates.add(anchor.attr("href").substring(4)));
		organisations.stream()
			.map((organisation) -> organisation.text("telephone"))
			.filter((phone) -> phone != null)
			.forEach(candidates::add);
		Matcher matcher = PHONE.matcher(document.body() == null ? "" : document.body().text());
		while (matcher.find()) {
			candidates.add(matcher.group());
		}
		List<String> valid = new ArrayList<>();
		for (String candidate : candidates) {
			PhoneDetails details = PhoneNumbers.details(
					java.net.URLDecoder.decode(candidate.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8),
					country);
			if (details != null && !valid.contains(details.e164())) {
				valid.add(details.e164());
			}
		}
		return valid;
	}

	/** ISO country codes the site suggests, the most often suggested first. */
	private static List<String> countryHints(Page home, List<JsonLd.Node> organisations,
			Map<String, EnrichedValue> facts) {
		Map<String, Integer> votes = new LinkedHashMap<>();
		organisations.forEach((organisation) -> vote(votes, organisation.text("address", "addressCountry")));
		vote(votes, countryHintFromLanguage(home.document()));
		String locale = meta(home.document(), "meta[property=og:locale]");
		if (locale != null && locale.matches("[a-zA-Z]{2}[_-][a-zA-Z]{2}")) {
			vote(votes, locale.substring(3));
		}
		String host = java.net.URI.create(home.url()).getHost();
		String tld = (host == null) ? "" : host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		if (tld.length() == 2 && !GENERIC_CC.contains(tld)) {
			vote(votes, tld.equals("uk") ? "GB" : tld);
		}
		EnrichedValue phones = facts.get("phones");
		if (phones != null) {
			for (Object phone : (List<?>) phones.value()) {
				PhoneDetails details = PhoneNumbers.details(phone.toString(), null);
				vote(votes, (details != null) ? details.regionCode() : null);
			}
		}
		return votes.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).map(Map.Entry::getKey).toList();
	}

	private static String countryHintFromLanguage(Document document) {
		String lang = document.select("html[lang]").attr("lang");
		return lang.matches("[a-zA-Z]{2}[-_][a-zA-Z]{2}") ? lang.substring(3).toUpperCase(Locale.ROOT) : null;
	}

	private static void vote(Map<String, Integer> votes, String country) {
		if (country == null) {
			return;
		}
		String code = country.trim().toUpperCase(Locale.ROOT);
		if (code.length() != 2) {
			code = dev.leadline.jobs.contactdata.CountryNames.isoCode(country);
		}
		if (code != null && code.matches("[A-Z]{2}")) {
			votes.merge(code, 1, Integer::sum);
		}
	}

	private static String meta(Document document, String... selectors) {
		for (String selector : selectors) {
			String content = document.select(selector).attr("content");
			if (!content.isBlank()) {
				return content.trim();
			}
		}
		return null;
	}

	private static String clean(String value) {
		return value.replaceAll("\\s+", " ").trim();
	}

	private static String abbreviate(String text, int most) {
		String clean = clean(text);
		return (clean.length() > most) ? clean.substring(0, most - 1) + "…" : clean;
	}

}
