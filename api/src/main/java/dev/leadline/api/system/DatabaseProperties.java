package dev.leadline.api.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The database. With no {@code url}, Leadline runs its own embedded PostgreSQL under the data directory.
 *
 * @param url         JDBC URL of an external PostgreSQL 18+ database ({@code LEADLINE_DB_URL}); blank for embedded
 * @param user        role that owns the schema and runs migrations ({@code LEADLINE_DB_USER})
 * @param password    its password ({@code LEADLINE_DB_PASSWORD})
 * @param appUser     role the application connects as ({@code LEADLINE_DB_APP_USER}); blank: {@code leadline_app},
 *                    created and kept by Leadline (the owner then needs CREATEROLE)
 * @param appPassword its password ({@code LEADLINE_DB_APP_PASSWORD}); required with {@code appUser}
 */
@ConfigurationProperties("leadline.db")
public record DatabaseProperties(String url, String user, String password, String appUser, String appPassword) {

    public boolean external() {
        return url != null && !url.isBlank();
    }

    public boolean appRoleManagedByLeadline() {
        return appUser == null || appUser.isBlank();
    }
}
