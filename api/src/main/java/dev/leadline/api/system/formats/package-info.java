/**
 * Formats shared by features: JSON merge patch bodies (RFC 7396) and CSV that
 * spreadsheets open safely.
 */
package dev.leadline.api.system.formats;
