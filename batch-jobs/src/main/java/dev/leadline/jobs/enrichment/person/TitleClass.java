package dev.leadline.jobs.enrichment.person;

import dev.leadline.jobs.contactdata.Department;
import dev.leadline.jobs.contactdata.Seniority;

/**
 * What a job title says about its holder.
 *
 * @param seniority the rank, or null when the title names none
 * @param department the function, or null when the title names none
 */
public record TitleClass(Seniority seniority, Department department) {

	static final TitleClass NONE = new TitleClass(null, null);

}
