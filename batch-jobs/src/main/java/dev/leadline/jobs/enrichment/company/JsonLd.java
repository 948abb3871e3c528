package dev.leadline.jobs.enrichment.company;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A page's schema.org JSON-LD: the nodes that describe an organisation (anything but the
 * page, site, breadcrumbs, articles and the like), also inside {@code @graph}. Broken
 * blocks are skipped.
 */
final class JsonLd {

	private static final Set<String> NOT_ORGANISATIONS = Set.of("WebSite", "WebPage", "BreadcrumbList", "ImageObject",
			"Article", "BlogPosting", "NewsArticle", "Person", "Product", "Offer", "FAQPage", "ItemList", "ListItem",
			"VideoObject", "Event", "SearchAction", "AboutPage", "ContactPage", "CollectionPage", "Question", "Answer",
			"SiteNavigationElement", "ReadAction", "EntryPoint", "PostalAddress", "ContactPoint");

	private final JsonMapper json;

	JsonLd(JsonMapper json) {
		this.json = json;
	}

	/** A node of the page's JSON-LD. */
	record Node(JsonNode node) {

		/**
		 * The text at the path; a {@code name} inside an object there is its text too.
		 */
		String text(String... path) {
			JsonNode at = this.node;
			for (String key : path) {
				at = at.path(key);
			}
			if (at.isArray() && !at.isEmpty()) {
				at = at.get(0);
			}
			if (at.isObject()) {
				at = at.path("name");
			}
			String text = at.isValueNode() ? at.asString("").trim() : "";
			return text.isEmpty() ? null : text;
		}

		/** Every string at the key: one, or each of a list (e.g. {@code sameAs}). */
		List<String> texts(String key) {
			JsonNode at = this.node.path(key);
			List<String> texts = new ArrayList<>();
			if (at.isArray()) {
				at.forEach((each) -> {
					if (each.isString() && !each.asString().isBlank()) {
						texts.add(each.asString().trim());
					}
				});
			}
			else if (at.isString() && !at.asString().isBlank()) {
				texts.add(at.asString().trim());
			}
			return texts;
		}

		List<String> types() {
			JsonNode type = this.node.path("@type");
			List<String> types = new ArrayList<>();
			if (type.isArray()) {
				type.forEach((each) -> types.add(each.asString("")));
			}
			else if (type.isString()) {
				types.add(type.asString());
			}
			return types;
		}

	}

	List<Node> organisations(Document document) {
		List<Node> found = new ArrayList<>();
		for (Element script : document.select("script[type=application/ld+json]")) {
			try {
				collect(this.json.readTree(script.data()), found, 0);
			}
			catch (JacksonException ex) {
				// A broken block says nothing; the others may.
			}
		}
		return found;
	}

	private static void collect(JsonNode node, List<Node> found, int depth) {
		if (depth > 4 || node == null) {
			return;
		}
		if (node.isArray()) {
			node.forEach((each) -> collect(each, found, depth + 1));
			return;
		}
		if (!node.isObject()) {
			return;
		}
		if (node.has("@graph")) {
			collect(node.get("@graph"), found, depth + 1);
		}
		Node candidate = new Node(node);
		if (!candidate.types().isEmpty() && candidate.types().stream().noneMatch(NOT_ORGANISATIONS::contains)) {
			found.add(candidate);
		}
	}

}
