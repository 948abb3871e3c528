package dev.leadline.jobs.reports;

import java.util.ArrayList;
import java.util.List;

/** The texts a dossier prints that come from data (names, titles, values). */
final class DossierText {

	private DossierText() {
	}

	static List<String> of(Dossier dossier) {
		List<String> texts = new ArrayList<>();
		add(texts, dossier.name(), dossier.domain(), dossier.website(), dossier.industry(), dossier.city(),
				dossier.country(), dossier.branding().name());
		dossier.enrichment().forEach((field) -> add(texts, field.field(), field.value(), field.source()));
		if (dossier.fitScore() != null) {
			add(texts, dossier.fitScore().value(), dossier.fitScore().source());
		}
		if (dossier.summary() != null) {
			add(texts, dossier.summary().value(), dossier.summary().source());
		}
		dossier.keyContacts()
			.forEach((contact) -> add(texts, contact.name(), contact.title(), contact.email(), contact.phone()));
		return texts;
	}

	private static void add(List<String> texts, String... values) {
		for (String value : values) {
			if (value != null) {
				texts.add(value);
			}
		}
	}

}
