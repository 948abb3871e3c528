/**
 * Cross-cutting configuration of the process: database wiring, process roles, the dashboard's
 * static files, problem details and the status endpoint.
 */
package dev.leadline.api.system;
