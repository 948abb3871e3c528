/**
 * The HTTP edge shared by every resource: request ids, client addresses behind proxies,
 * body size limits, the dashboard's static files with its client-side routes, and the
 * OpenAPI document.
 */
package dev.leadline.api.system.web;
