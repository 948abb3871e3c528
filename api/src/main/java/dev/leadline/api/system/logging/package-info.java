/**
 * How the process logs: plain text or JSON ({@code LEADLINE_LOG_FORMAT}), and the logging
 * context (request, tenant, user, run ids) handed on to the threads that finish async
 * requests.
 */
package dev.leadline.api.system.logging;
