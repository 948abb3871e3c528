package dev.leadline.api.system.formats;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON merge patch body (RFC 7396): Jackson calls a subclass's setters only for the
 * members present, so a member left out ({@link #field} answers null) can be told from
 * one set to null (an empty Optional).
 */
public abstract class MergePatch {

	private final Map<String, Object> present = new HashMap<>();

	protected final void put(String name, Object value) {
		present.put(name, value);
	}

	/**
	 * Null when the member was left out; otherwise its value, empty for an explicit null.
	 */
	@SuppressWarnings("unchecked")
	protected final <T> Optional<T> field(String name) {
		return present.containsKey(name) ? Optional.ofNullable((T) present.get(name)) : null;
	}

}
