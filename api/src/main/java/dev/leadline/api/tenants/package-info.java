/**
 * Tenants: the accounts that own contacts, companies and runs. Today it creates the first
 * (demo) tenant and its administrator on a fresh database.
 */
package dev.leadline.api.tenants;
