/**
 * Warming the request paths people use first (browsing contacts and companies) on a
 * background thread as the process starts, so the JIT has compiled them before the first
 * pages are asked for.
 */
package dev.leadline.api.system.warmup;
