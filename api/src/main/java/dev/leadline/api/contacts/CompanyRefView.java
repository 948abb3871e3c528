package dev.leadline.api.contacts;

/** The company a contact belongs to. */
public record CompanyRefView(long id, String name, String domain) {
}
