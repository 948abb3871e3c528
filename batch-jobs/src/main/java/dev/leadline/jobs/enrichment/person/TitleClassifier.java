package dev.leadline.jobs.enrichment.person;

import dev.leadline.jobs.contactdata.Department;
import dev.leadline.jobs.contactdata.Seniority;

/**
 * Classifies job titles in English, German, French and Spanish into a {@link Seniority}
 * and a {@link Department} with word rules matched accent- and case-insensitively at word
 * boundaries (German compounds by their parts: {@code Vertriebsleiter}).
 * docs/PERSON-STAGE.md gives the labelling rules and the accuracy on the test table.
 * Stateless and safe for concurrent use.
 */
public class TitleClassifier {

	private static final int MAX_LENGTH = 200;

	/** The title's class; a null or blank title has neither seniority nor department. */
	public TitleClass classify(String title) {
		if (title == null || title.isBlank()) {
			return TitleClass.NONE;
		}
		String text = TitleText.normalise(title.length() > MAX_LENGTH ? title.substring(0, MAX_LENGTH) : title);
		Department named = DepartmentRules.named(text);
		Seniority seniority = SeniorityRules.of(text, named != null);
		return new TitleClass(seniority, department(named, seniority, text));
	}

	private static Department department(Department named, Seniority seniority, String text) {
		if (named != null) {
			return named;
		}
		if (SeniorityRules.isAssistant(text)) {
			return Department.OPERATIONS;
		}
		if (seniority == Seniority.OWNER || seniority == Seniority.C_LEVEL) {
			return Department.EXECUTIVE;
		}
		return null;
	}

}
