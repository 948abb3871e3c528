/**
 * Job runs over HTTP: the tenant's runs with progress, executions, steps and events, and
 * stop, restart, abandon and recover for owners and admins; platform admins see every
 * tenant's runs under /admin/jobs.
 */
package dev.leadline.api.jobs;
