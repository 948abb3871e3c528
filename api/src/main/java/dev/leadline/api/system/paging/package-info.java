/**
 * Keyset pagination: opaque cursors, the keyset of a sortable list, and totals that may
 * be estimates.
 */
package dev.leadline.api.system.paging;
