/**
 * Each tenant's credits over HTTP: balance, ledger, usage; top-ups by platform admins.
 */
package dev.leadline.api.credits;
