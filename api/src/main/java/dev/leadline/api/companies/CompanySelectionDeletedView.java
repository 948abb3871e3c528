package dev.leadline.api.companies;

/**
 * How many of the selected companies were deleted (ids already gone are not counted), and
 * how many contacts lost their company (they stay, without one).
 */
public record CompanySelectionDeletedView(int deleted, int contactsUnlinked) {
}
