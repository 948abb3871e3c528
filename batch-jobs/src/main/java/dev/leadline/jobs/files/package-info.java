/**
 * Where jobs keep the files they make or receive (uploads, reports' PDFs): a
 * {@link dev.leadline.jobs.files.FileStore} of keys, written atomically, on the data
 * directory by default and on S3-compatible object storage when a bucket is configured.
 */
package dev.leadline.jobs.files;
