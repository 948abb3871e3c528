/**
 * Where jobs keep the files they make or receive (reports today; uploads next): a
 * {@link dev.leadline.jobs.files.FileStore} of keys, written atomically, on the data
 * directory by default and on object storage with the scale-out issue.
 */
package dev.leadline.jobs.files;
