package dev.leadline.jobs.enrichment.company;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Technologies a page shows it uses: by what its scripts, stylesheets and links load and
 * what its generator meta tag says.
 */
final class Technologies {

	/** A fragment of a script, link or generator, and the technology it shows. */
	private static final Map<String, String> SIGNS = new LinkedHashMap<>();

	static {
		SIGNS.put("wp-content/", "WordPress");
		SIGNS.put("wp-includes/", "WordPress");
		SIGNS.put("wordpress", "WordPress");
		SIGNS.put("cdn.shopify.com", "Shopify");
		SIGNS.put("static.wixstatic.com", "Wix");
		SIGNS.put("squarespace", "Squarespace");
		SIGNS.put("webflow", "Webflow");
		SIGNS.put("typo3", "TYPO3");
		SIGNS.put("drupal", "Drupal");
		SIGNS.put("joomla", "Joomla");
		SIGNS.put("magento", "Magento");
		SIGNS.put("/_next/", "Next.js");
		SIGNS.put("/_nuxt/", "Nuxt");
		SIGNS.put("gatsby", "Gatsby");
		SIGNS.put("jquery", "jQuery");
		SIGNS.put("bootstrap", "Bootstrap");
		SIGNS.put("googletagmanager.com/gtm.js", "Google Tag Manager");
		SIGNS.put("googletagmanager.com/gtag", "Google Analytics");
		SIGNS.put("google-analytics.com", "Google Analytics");
		SIGNS.put("js.hs-scripts.com", "HubSpot");
		SIGNS.put("js.hsforms.net", "HubSpot");
		SIGNS.put("js.hs-analytics.net", "HubSpot");
		SIGNS.put("munchkin.marketo.net", "Marketo");
		SIGNS.put("pardot.com", "Salesforce Pardot");
		SIGNS.put("cdn.segment.com", "Segment");
		SIGNS.put("widget.intercom.io", "Intercom");
		SIGNS.put("js.driftt.com", "Drift");
		SIGNS.put("static.zdassets.com", "Zendesk");
		SIGNS.put("js.stripe.com", "Stripe");
		SIGNS.put("static.hotjar.com", "Hotjar");
		SIGNS.put("matomo.js", "Matomo");
		SIGNS.put("piwik.js", "Matomo");
		SIGNS.put("consent.cookiebot.com", "Cookiebot");
		SIGNS.put("usercentrics", "Usercentrics");
		SIGNS.put("snap.licdn.com", "LinkedIn Insight Tag");
		SIGNS.put("connect.facebook.net", "Meta Pixel");
		SIGNS.put("plausible.io", "Plausible");
		SIGNS.put("cdn.jsdelivr.net/npm/react", "React");
		SIGNS.put("react-dom", "React");
		SIGNS.put("vue.", "Vue.js");
		SIGNS.put("angular", "Angular");
	}

	private Technologies() {
	}

	static Set<String> of(Document document) {
		Set<String> found = new TreeSet<>();
		for (Element element : document.select("script[src], link[href]")) {
			see(element.hasAttr("src") ? element.attr("src") : element.attr("href"), found);
		}
		for (Element generator : document.select("meta[name=generator]")) {
			see(generator.attr("content"), found);
		}
		if (!document.select("[data-reactroot], #__next").isEmpty()) {
			found.add("React");
		}
		return found;
	}

	private static void see(String text, Set<String> found) {
		String lower = text.toLowerCase(java.util.Locale.ROOT);
		SIGNS.forEach((sign, technology) -> {
			if (lower.contains(sign)) {
				found.add(technology);
			}
		});
	}

}
