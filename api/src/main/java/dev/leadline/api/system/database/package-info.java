/**
 * Wiring to PostgreSQL: the embedded server or an external one, Flyway as the schema
 * owner, the pool as the application role, and readable start-up failures.
 */
package dev.leadline.api.system.database;
