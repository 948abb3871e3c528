package dev.leadline.api.contacts;

import dev.leadline.api.system.TotalView;
import java.util.List;

/** One page of contacts; {@code nextCursor} is null on the last; {@code total} only when asked for. */
public record ContactPage(List<ContactView> items, String nextCursor, TotalView total) {
}
