/**
 * Cross-cutting configuration underneath every feature, one concern per sub-package:
 * problems, web, process, database, ratelimit, paging and formats. Nothing here names a
 * feature.
 */
package dev.leadline.api.system;
