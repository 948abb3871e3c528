package dev.leadline.api.system.web;

import dev.leadline.api.system.problems.BodyTooLargeException;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/**
 * A request body that counts its bytes as they are read and fails with
 * {@link BodyTooLargeException} once they pass the limit: the only guard for a body sent
 * without a declared length (chunked).
 */
class LimitedInputStream extends ServletInputStream {

	private final ServletInputStream body;

	private final long limit;

	private long count;

	LimitedInputStream(ServletInputStream body, long limit) {
		this.body = body;
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		int b = body.read();
		if (b != -1) {
			counted(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = body.read(buffer, offset, length);
		if (n > 0) {
			counted(n);
		}
		return n;
	}

	@Override
	public int readLine(byte[] buffer, int offset, int length) throws IOException {
		int n = body.readLine(buffer, offset, length);
		if (n > 0) {
			counted(n);
		}
		return n;
	}

	private void counted(int n) throws BodyTooLargeException {
		count += n;
		if (count > limit) {
			throw new BodyTooLargeException(limit);
		}
	}

	@Override
	public boolean isFinished() {
		return body.isFinished();
	}

	@Override
	public boolean isReady() {
		return body.isReady();
	}

	@Override
	public void setReadListener(ReadListener listener) {
		body.setReadListener(listener);
	}

	@Override
	public void close() throws IOException {
		body.close();
	}

}
