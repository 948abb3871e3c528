package dev.leadline.api.companies;

import dev.leadline.api.system.TotalView;
import java.util.List;

/** One page of companies; {@code nextCursor} is null on the last; {@code total} only when asked for. */
public record CompanyPage(List<CompanyView> items, String nextCursor, TotalView total) {
}
