package dev.leadline.jobs.csvimport.reading;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Bounds the memory one record may take: counts the characters read since the last record
 * ended and fails the read once they pass the limit (an unterminated quote early in a
 * large file would otherwise make the whole rest of the file one field).
 */
final class RecordSizeGuard extends FilterReader {

	static final class RecordTooLargeException extends IOException {

		RecordTooLargeException(long limit) {
			super("a single row is longer than " + limit + " characters");
		}

	}

	private final long limit;

	private long sinceRecordEnd;

	RecordSizeGuard(Reader in, long limit) {
		super(in);
		this.limit = limit;
	}

	void recordEnded() {
		sinceRecordEnd = 0;
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		count(c < 0 ? 0 : 1);
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		count(Math.max(0, n));
		return n;
	}

	private void count(int n) throws IOException {
		sinceRecordEnd += n;
		if (sinceRecordEnd > limit) {
			throw new RecordTooLargeException(limit);
		}
	}

}
