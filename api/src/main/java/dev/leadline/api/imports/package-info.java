/**
 * CSV imports over HTTP: upload, detected format and suggested mapping, confirmation,
 * start, progress and the rejected rows as CSV. The import itself runs as
 * {@code csvImportJob} on the job platform.
 */
package dev.leadline.api.imports;
