/**
 * The Person enrichment stage's own rules, without Spring or a database: e-mail
 * verification (syntax, disposable, role, free-mail, MX lookups through a per-run cache)
 * and job title classification. docs/PERSON-STAGE.md describes the checks and lists.
 */
package dev.leadline.jobs.enrichment.person;
