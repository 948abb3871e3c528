package dev.leadline.api.companies;

/** How complete a company's contacts are. */
public record CompanySummaryView(long contacts, long withEmail, long withPhone, long withTitle) {
}
