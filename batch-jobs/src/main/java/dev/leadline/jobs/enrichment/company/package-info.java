/**
 * The Company stage (L1): a company's own website, read through the guarded fetcher (the
 * homepage and the about, legal-notice and contact pages it links to), and what its pages
 * say about it, each fact with the page it came from and when.
 */
package dev.leadline.jobs.enrichment.company;
