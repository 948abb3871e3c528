/**
 * The deep research stage (L2): a language model (Anthropic's Messages API, or any
 * OpenAI-compatible endpoint) reads a company's website facts and homepage text and
 * answers fields validated against a fixed schema, including a fit score against the
 * tenant's ideal customer; providers are tried in a configured order.
 */
package dev.leadline.jobs.enrichment.research;
