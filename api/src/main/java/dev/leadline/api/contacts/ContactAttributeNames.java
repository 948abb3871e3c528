package dev.leadline.api.contacts;

import java.util.List;

/**
 * The tenant's custom attribute names; {@code truncated} when there are more than
 * {@link #MAX}.
 */
public record ContactAttributeNames(List<String> names, boolean truncated) {

	static final int MAX = 1_000;

}
