package dev.leadline.jobs.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dossier as XHTML: the template {@code dossier.html} (layout and styles) filled with
 * the company's facts, its enrichment with sources and dates, fit score and summary when
 * present, key contacts and a chart of contacts by seniority (inline SVG). Every value is
 * escaped; characters XML cannot carry are dropped.
 */
final class DossierHtml {

	private static final String TEMPLATE = template();

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final int ROW = 16;

	private static final int BAR_WIDTH = 260;

	private DossierHtml() {
	}

	static String of(Dossier dossier) {
		Dossier.Branding branding = dossier.branding();
		StringBuilder body = new StringBuilder(8_192);
		band(body, branding);
		body.append("<h1>").append(escape(dossier.name())).append("</h1>");
		body.append("<div class=\"sub\">")
			.append(escape(join(" · ", dossier.domain(), dossier.industry(), location(dossier))))
			.append("</div>");
		fit(body, dossier);
		facts(body, dossier);
		enrichment(body, dossier.enrichment());
		contacts(body, dossier);
		chart(body, dossier.contactsBySeniority(), branding.colour());
		Map<String, String> values = Map.of("fonts", DossierFonts.FAMILIES, "colour", branding.colour(), "title",
				escape(dossier.name()), "brand", escape(branding.name()), "brandCss", cssString(branding.name()),
				"generated", DAY.format(dossier.generatedAt().withOffsetSameInstant(ZoneOffset.UTC)), "body",
				body.toString());
		// One pass: a value that looks like a placeholder stays text.
		return PLACEHOLDER.matcher(TEMPLATE)
			.replaceAll((match) -> Matcher.quoteReplacement(values.get(match.group(1))));
	}

	private static void band(StringBuilder body, Dossier.Branding branding) {
		body.append("<div class=\"band\"><table><tr><td>");
		if (branding.logo() != null) {
			body.append("<img class=\"logo\" alt=\"\" src=\"data:")
				.append(branding.logoMediaType())
				.append(";base64,")
				.append(Base64.getEncoder().encodeToString(branding.logo()))
				.append("\" /></td><td style=\"text-align: right\" class=\"brand\">");
		}
		body.append("<span class=\"brand\">").append(escape(branding.name())).append("</span>");
		body.append("</td></tr></table></div>");
	}

	private static void fit(StringBuilder body, Dossier dossier) {
		if (dossier.fitScore() == null && dossier.summary() == null) {
			return;
		}
		body.append("<div class=\"fit\">");
		if (dossier.fitScore() != null) {
			body.append("<span class=\"score\">")
				.append(escape(dossier.fitScore().value()))
				.append("</span> <span class=\"muted\">fit score of 100 · ")
				.append(escape(provenance(dossier.fitScore())))
				.append("</span>");
		}
		if (dossier.summary() != null) {
			body.append("<p>")
				.append(escape(dossier.summary().value()))
				.append("</p><div class=\"muted\">Summary: ")
				.append(escape(provenance(dossier.summary())))
				.append("</div>");
		}
		body.append("</div>");
	}

	private static void facts(StringBuilder body, Dossier dossier) {
		body.append("<h2>Company</h2><table class=\"grid facts\">");
		fact(body, "Name", dossier.name());
		fact(body, "Domain", dossier.domain());
		fact(body, "Website", dossier.website());
		fact(body, "Industry", dossier.industry());
		fact(body, "Employees",
				(dossier.employees() == null) ? null : String.format(Locale.ENGLISH, "%,d", dossier.employees()));
		fact(body, "Location", location(dossier));
		fact(body, "Contacts", Integer.toString(dossier.contactCount()));
		body.append("</table>");
	}

	private static void fact(StringBuilder body, String label, String value) {
		body.append("<tr><td class=\"k\">")
			.append(label)
			.append("</td><td>")
			.append(orNone(value))
			.append("</td></tr>");
	}

	private static void enrichment(StringBuilder body, List<Dossier.EnrichedField> fields) {
		body.append("<h2>Enrichment</h2>");
		if (fields.isEmpty()) {
			body.append("<p class=\"none\">Not enriched yet.</p>");
			return;
		}
		body.append("<table class=\"grid\"><tr><th>Field</th><th>Value</th><th>Source</th><th>As of</th></tr>");
		for (Dossier.EnrichedField field : fields) {
			body.append("<tr><td>")
				.append(escape(field.field()))
				.append("</td><td>")
				.append(orNone(field.value()))
				.append("</td><td>")
				.append(orNone(field.source()))
				.append("</td><td>")
				.append(orNone(day(field.fetchedAt())))
				.append("</td></tr>");
		}
		body.append("</table>");
	}

	private static void contacts(StringBuilder body, Dossier dossier) {
		body.append("<h2>Key contacts</h2>");
		if (dossier.keyContacts().isEmpty()) {
			body.append("<p class=\"none\">No contacts at this company yet.</p>");
			return;
		}
		body.append("<table class=\"grid\"><tr><th>Name</th><th>Title</th><th>Seniority</th><th>E-mail</th>"
				+ "<th>Phone</th></tr>");
		for (Dossier.KeyContact contact : dossier.keyContacts()) {
			body.append("<tr><td>")
				.append(orNone(contact.name()))
				.append("</td><td>")
				.append(orNone(contact.title()))
				.append("</td><td>")
				.append(orNone(label(contact.seniority())))
				.append("</td><td>")
				.append(orNone(contact.email()))
				.append("</td><td>")
				.append(orNone(contact.phone()))
				.append("</td></tr>");
		}
		body.append("</table>");
		if (dossier.contactCount() > dossier.keyContacts().size()) {
			body.append("<p class=\"muted\">")
				.append(dossier.keyContacts().size())
				.append(" of ")
				.append(dossier.contactCount())
				.append(" contacts, the most senior first.</p>");
		}
	}

	/** Contacts by seniority: labels and counts in HTML, the bars as one inline SVG. */
	private static void chart(StringBuilder body, Map<String, Integer> bySeniority, String colour) {
		if (bySeniority.isEmpty()) {
			return;
		}
		int max = bySeniority.values().stream().mapToInt(Integer::intValue).max().orElse(1);
		int height = bySeniority.size() * ROW;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
			.append(BAR_WIDTH)
			.append("\" height=\"")
			.append(height)
			.append("\" viewBox=\"0 0 ")
			.append(BAR_WIDTH)
			.append(' ')
			.append(height)
			.append("\">");
		int row = 0;
		for (int count : bySeniority.values()) {
			int width = Math.max(2, Math.round((float) count * BAR_WIDTH / max));
			svg.append("<rect x=\"0\" y=\"")
				.append(row * ROW + 3)
				.append("\" width=\"")
				.append(width)
				.append("\" height=\"")
				.append(ROW - 6)
				.append("\" fill=\"")
				.append(colour)
				.append("\" />");
			row++;
		}
		svg.append("</svg>");
		body.append("<h2>Contacts by seniority</h2><table class=\"chart\">");
		boolean first = true;
		for (Map.Entry<String, Integer> entry : bySeniority.entrySet()) {
			body.append("<tr><td>")
				.append((entry.getKey() == null) ? "Not classified" : label(entry.getKey()))
				.append("</td><td class=\"n\">")
				.append(entry.getValue())
				.append("</td>");
			if (first) {
				body.append("<td class=\"bars\" rowspan=\"")
					.append(bySeniority.size())
					.append("\">")
					.append(svg)
					.append("</td>");
				first = false;
			}
			body.append("</tr>");
		}
		body.append("</table>");
	}

	private static String provenance(Dossier.EnrichedField field) {
		String day = day(field.fetchedAt());
		return join(", ", (field.source() == null) ? null : "source " + field.source(),
				(day == null) ? null : "as of " + day);
	}

	private static String day(String instant) {
		if (instant == null) {
			return null;
		}
		try {
			return DAY.format(OffsetDateTime.parse(instant).withOffsetSameInstant(ZoneOffset.UTC));
		}
		catch (DateTimeParseException ex) {
			return instant;
		}
	}

	private static String label(String constant) {
		if (constant == null) {
			return null;
		}
		String words = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
		return switch (constant) {
			case "C_LEVEL" -> "C-level";
			case "VP" -> "VP";
			default -> Character.toUpperCase(words.charAt(0)) + words.substring(1);
		};
	}

	private static String location(Dossier dossier) {
		return join(", ", dossier.city(), dossier.country());
	}

	private static String join(String separator, String... parts) {
		StringBuilder joined = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				joined.append(joined.isEmpty() ? "" : separator).append(part.strip());
			}
		}
		return joined.isEmpty() ? null : joined.toString();
	}

	private static String orNone(String value) {
		return (value == null || value.isBlank()) ? "<span class=\"none\">–</span>" : escape(value);
	}

	/** Text for XHTML: markup characters escaped, characters XML 1.0 forbids dropped. */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		text.codePoints().forEach((cp) -> {
			switch (cp) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> {
					if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
							|| (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000) {
						escaped.appendCodePoint(cp);
					}
				}
			}
		});
		return escaped.toString();
	}

	/** Text inside a CSS string (the page header), escaped for CSS and for XML. */
	private static String cssString(String text) {
		StringBuilder css = new StringBuilder();
		(text == null ? "" : text).codePoints().forEach((cp) -> {
			if (cp == '"' || cp == '\\' || cp < 0x20) {
				css.append('\\').append(Integer.toHexString(cp)).append(' ');
			}
			else {
				css.appendCodePoint(cp);
			}
		});
		return escape(css.toString());
	}

	private static String template() {
		try (InputStream in = DossierHtml.class.getResourceAsStream("dossier.html")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
