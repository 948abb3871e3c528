package dev.leadline.api.system.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The database. With no {@code url}, Leadline runs its own embedded PostgreSQL under the
 * data directory.
 *
 * @param url JDBC URL of an external PostgreSQL 18+ database ({@code LEADLINE_DB_URL});
 * blank for embedded
 * @param user role that owns the schema and runs migrations ({@code LEADLINE_DB_USER})
 * @param password its password ({@code LEADLINE_DB_PASSWORD})
 * @param appUser role the application connects as ({@code LEADLINE_DB_APP_USER}); blank:
 * {@code leadline_app}, created and kept by Leadline (the owner then needs CREATEROLE)
 * @param appPassword its password ({@code LEADLINE_DB_APP_PASSWORD}); required with
 * {@code appUser}
 * @param embeddedSharedBuffers the embedded server's {@code shared_buffers}
 * ({@code LEADLINE_DB_EMBEDDED_SHARED_BUFFERS}, e.g. {@code 512MB}); blank: an eighth of
 * the machine's memory, between 128MB and 1GB
 * @param readUrl JDBC URL of a read-only copy of the database, a streaming replica
 * ({@code LEADLINE_DB_READ_URL}), connected to as the application role; browse requests
 * ({@link ReplicaRead}) read there, writes never do; blank: everything on the primary
 */
@ConfigurationProperties("leadline.db")
public record DatabaseProperties(String url, String user, String password, String appUser, String appPassword,
		String embeddedSharedBuffers, String readUrl) {

	public boolean readsElsewhere() {
		return readUrl != null && !readUrl.isBlank();
	}

	public boolean external() {
		return url != null && !url.isBlank();
	}

	public boolean appRoleManagedByLeadline() {
		return appUser == null || appUser.isBlank();
	}
}
