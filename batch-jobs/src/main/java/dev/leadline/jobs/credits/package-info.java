/**
 * Each tenant's credits: the balance, what runs hold, and the append-only ledger that
 * explains both. {@link dev.leadline.jobs.credits.CreditLedger} is the only writer.
 */
package dev.leadline.jobs.credits;
