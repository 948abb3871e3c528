package dev.leadline.jobs.files;

import java.util.regex.Pattern;

/** What every store accepts as a key or prefix (see {@link FileStore}). */
final class StoreKeys {

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

	private StoreKeys() {
	}

	/**
	 * @throws IllegalArgumentException for a key that is not one
	 */
	static String check(String key) {
		if (key == null || !KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a file store key: " + key);
		}
		return key;
	}

}
