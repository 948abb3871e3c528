package dev.leadline.api.contacts;

/** How many of the selected contacts were deleted (ids already gone are not counted). */
public record SelectionDeletedView(int deleted) {
}
