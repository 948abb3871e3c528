package dev.leadline.api.savedviews;

import java.util.List;

/** The caller's saved views, by name. */
public record SavedViewList(List<SavedView> items) {
}
