package dev.leadline.api.system.paging;

/**
 * How many rows match: exact up to a cap, the planner's estimate above it ({@code exact}
 * false).
 */
public record TotalView(long value, boolean exact) {
}
