/**
 * The database: Flyway migrations, the jOOQ classes generated from them, and the few
 * pieces every process needs to reach PostgreSQL the same way (embedded server, roles,
 * migrations). Hand-written code here stays small; the schema is the product.
 */
package dev.leadline.db;
