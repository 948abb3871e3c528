/**
 * What this process is: its roles (api, worker) and data directory, its clock, the status
 * endpoint that reports them, and the filter that turns the API off on a worker-only
 * process.
 */
package dev.leadline.api.system.process;
