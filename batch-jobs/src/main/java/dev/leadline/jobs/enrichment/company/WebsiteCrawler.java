package dev.leadline.jobs.enrichment.company;

import dev.leadline.jobs.outbound.FetchFailedException;
import dev.leadline.jobs.outbound.FetchRefusedException;
import dev.leadline.jobs.outbound.FetchRequest;
import dev.leadline.jobs.outbound.FetchResponse;
import dev.leadline.jobs.outbound.GuardedFetcher;
import dev.leadline.jobs.outbound.ProviderCall;
import dev.leadline.jobs.outbound.ProviderCalls;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a company's site: the homepage (https first, http when https cannot connect),
 * then at most one about, one legal-notice and one contact page that the homepage links
 * to on the same site. Every fetch is recorded as a call of the {@code website} provider.
 */
public final class WebsiteCrawler {

	static final String PROVIDER = "website";

	private static final List<String> HTML = List.of("text/html", "application/xhtml+xml");

	/** Link targets by kind, matched against the link's path and text. */
	private static final Map<String, Pattern> KINDS = new LinkedHashMap<>();

	static {
		KINDS.put("legal", Pattern.compile("impressum|imprint|legal-notice|mentions-legales|mentions légales|"
				+ "aviso-legal|aviso legal|legal notice|note-legali"));
		KINDS.put("contact", Pattern.compile("contact|kontakt|contacto|contatti|nous-contacter"));
		KINDS.put("about", Pattern.compile(
				"about|ueber-uns|uber-uns|über uns|über-uns|unternehmen|company|who-we-are|a-propos|qui-sommes-nous|"
						+ "sobre-nosotros|quienes-somos|nosotros|chi-siamo"));
	}

	private final GuardedFetcher fetcher;

	public WebsiteCrawler(GuardedFetcher fetcher) {
		this.fetcher = fetcher;
	}

	/**
	 * @param start the company's website or domain
	 * @return the pages read, the homepage first
	 * @throws FetchRefusedException when the guard refuses the homepage
	 * @throws FetchFailedException when the homepage cannot be read
	 */
	List<Page> crawl(String start, ProviderCalls calls) {
		Page home = homepage(start, calls);
		List<Page> pages = new ArrayList<>(List.of(home));
		for (Map.Entry<String, URI> link : links(home).entrySet()) {
			try {
				Page page = fetch(link.getKey(), link.getValue(), calls);
				if (page != null) {
					pages.add(page);
				}
			}
			catch (FetchRefusedException | FetchFailedException ex) {
				// A sub-page that cannot be read leaves the others: the homepage decides.
			}
		}
		return pages;
	}

	/**
	 * The homepage's visible text (https first, http when https cannot connect, as for a
	 * crawl), or null when it cannot be read; the attempts are added to {@code calls}.
	 */
	public String homepageText(String start, ProviderCalls calls) {
		try {
			return homepage(start, calls).document().text();
		}
		catch (FetchFailedException | FetchRefusedException | IllegalArgumentException ex) {
			return null;
		}
	}

	private Page homepage(String start, ProviderCalls calls) {
		String trimmed = start.trim();
		boolean hasScheme = trimmed.toLowerCase(Locale.ROOT).matches("^[a-z][a-z0-9+.-]*://.*");
		URI first = URI.create(hasScheme ? trimmed : "https://" + trimmed + "/");
		// A bare domain, or the https root an import derives from one, may be a site
		// without TLS: plain http is tried when https cannot connect. A page address
		// someone typed is taken as it is.
		boolean httpsRoot = "https".equalsIgnoreCase(first.getScheme()) && first.getRawAuthority() != null
				&& (first.getRawPath() == null || first.getRawPath().isEmpty() || first.getRawPath().equals("/"))
				&& first.getRawQuery() == null;
		try {
			return require(fetch("home", first, calls), first);
		}
		catch (FetchFailedException ex) {
			if ((hasScheme && !httpsRoot) || ex.timedOut()) {
				throw ex;
			}
			URI plain = URI.create("http://" + first.getRawAuthority() + "/");
			return require(fetch("home", plain, calls), plain);
		}
	}

	private static Page require(Page page, URI uri) {
		if (page == null) {
			throw new FetchFailedException("The homepage " + uri + " did not answer with a page", false, null);
		}
		return page;
	}

	/** A page, or null when the site answered with an error status. */
	private Page fetch(String kind, URI uri, ProviderCalls calls) {
		Instant at = Instant.now();
		long started = System.nanoTime();
		try {
			FetchResponse response = this.fetcher.fetch(FetchRequest.get(uri, HTML));
			long latency = (System.nanoTime() - started) / 1_000_000;
			calls.add(new ProviderCall(PROVIDER, 1, response.status(), response.successful() ? "ok" : "http-error",
					latency, BigDecimal.ZERO, at, null, null));
			if (!response.successful()) {
				return null;
			}
			Document document = Jsoup.parse(response.text(), response.uri().toString());
			return new Page(kind, response.uri().toString(), at, document);
		}
		catch (FetchFailedException ex) {
			calls.add(new ProviderCall(PROVIDER, 1, null, ex.timedOut() ? "timeout" : "failed",
					(System.nanoTime() - started) / 1_000_000, BigDecimal.ZERO, at, null, null));
			throw ex;
		}
		catch (FetchRefusedException ex) {
			calls.add(new ProviderCall(PROVIDER, 1, null, "refused", (System.nanoTime() - started) / 1_000_000,
					BigDecimal.ZERO, at, null, null));
			throw ex;
		}
	}

	/**
	 * The first link of each kind that stays on the homepage's site: the legal notice
	 * first (the most reliable facts), then contact, then about.
	 */
	static Map<String, URI> links(Page home) {
		Map<String, URI> found = new LinkedHashMap<>();
		URI base = URI.create(home.url());
		for (Element anchor : home.document().select("a[href]")) {
			URI target = sameSite(base, anchor.absUrl("href"));
			if (target == null || target.getRawPath() == null || target.getRawPath().length() <= 1) {
				continue;
			}
			String haystack = (target.getPath() + " " + anchor.text()).toLowerCase(Locale.ROOT);
			for (Map.Entry<String, Pattern> kind : KINDS.entrySet()) {
				if (!found.containsKey(kind.getKey()) && !found.containsValue(target)
						&& kind.getValue().matcher(haystack).find()) {
					found.put(kind.getKey(), target);
				}
			}
		}
		Map<String, URI> ordered = new LinkedHashMap<>();
		KINDS.keySet().stream().filter(found::containsKey).forEach((kind) -> ordered.put(kind, found.get(kind)));
		return ordered;
	}

	private static URI sameSite(URI base, String href) {
		try {
			URI target = new URI(href);
			String host = target.getHost();
			if (host == null || !("http".equals(target.getScheme()) || "https".equals(target.getScheme()))) {
				return null;
			}
			String bare = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
			String baseBare = base.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
			if (!bare.equals(baseBare)) {
				return null;
			}
			return URI
				.create(target.getScheme() + "://" + target.getRawAuthority()
						+ ((target.getRawPath() == null) ? "" : target.getRawPath()))
				.normalize();
		}
		catch (java.net.URISyntaxException | IllegalArgumentException ex) {
			return null;
		}
	}

}
