package dev.leadline.jobs.files;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Counts and hashes (SHA-256) what passes, so a store needs no second look at a file it
 * wrote.
 */
final class HashingOutputStream extends FilterOutputStream {

	private final MessageDigest sha256;

	private long size;

	HashingOutputStream(OutputStream out) {
		super(out);
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void write(int b) throws IOException {
		this.out.write(b);
		this.sha256.update((byte) b);
		this.size++;
	}

	@Override
	public void write(byte[] b, int off, int len) throws IOException {
		this.out.write(b, off, len);
		this.sha256.update(b, off, len);
		this.size += len;
	}

	/** Leaves the stream underneath open: the store decides when a file is complete. */
	@Override
	public void close() throws IOException {
		flush();
	}

	long size() {
		return this.size;
	}

	/** The SHA-256 of what was written, lower-case hex; call once. */
	String sha256() {
		return HexFormat.of().formatHex(this.sha256.digest());
	}

}
