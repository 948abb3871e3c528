/**
 * Saved views of the contacts table: each user's named filters, order and columns, kept
 * on the server so they follow the user from browser to browser. Nobody else sees them.
 */
package dev.leadline.api.savedviews;
