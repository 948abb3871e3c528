/**
 * Rules about contact data itself, shared by the import, enrichment and the API: e-mail
 * addresses, phone numbers, web domains, person names, LinkedIn URLs, countries, and the
 * values of e-mail status, seniority and department.
 */
package dev.leadline.jobs.contactdata;
