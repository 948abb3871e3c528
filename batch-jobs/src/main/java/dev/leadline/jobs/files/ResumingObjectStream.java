package dev.leadline.jobs.files;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * An object read from its first byte to its last over one connection; when the connection
 * breaks (an import reads for an hour, pausing while it writes), it goes on from the byte
 * it reached with a range request for the same version (its ETag), at most
 * {@value #RESUMES} times. Closed before the end, it drops the connection rather than
 * reading the rest.
 */
final class ResumingObjectStream extends InputStream {

	static final int RESUMES = 3;

	private final S3Client s3;

	private final String bucket;

	private final String key;

	private final String eTag;

	/** The object's length, or -1 when the server did not say. */
	private final long length;

	private ResponseInputStream<GetObjectResponse> body;

	private long position;

	private int resumes;

	private boolean ended;

	private ResumingObjectStream(S3Client s3, String bucket, String key, ResponseInputStream<GetObjectResponse> body) {
		this.s3 = s3;
		this.bucket = bucket;
		this.key = key;
		this.body = body;
		this.eTag = body.response().eTag();
		Long contentLength = body.response().contentLength();
		this.length = (contentLength != null) ? contentLength : -1;
	}

	/**
	 * @throws NoSuchFileException when there is no object under the key
	 */
	static ResumingObjectStream open(S3Client s3, String bucket, String key) throws IOException {
		try {
			return new ResumingObjectStream(s3, bucket, key, s3.getObject((get) -> get.bucket(bucket).key(key)));
		}
		catch (NoSuchKeyException ex) {
			NoSuchFileException missing = new NoSuchFileException(key);
			missing.initCause(ex);
			throw missing;
		}
		catch (SdkException ex) {
			throw new IOException("Reading " + key + " failed: " + ex.getMessage(), ex);
		}
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int n = read(one, 0, 1);
		return (n < 0) ? -1 : one[0] & 0xFF;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		if (len == 0) {
			return 0;
		}
		while (true) {
			try {
				int n = this.body.read(b, off, len);
				if (n < 0 && this.length >= 0 && this.position < this.length) {
					throw new EOFException("The connection ended after " + this.position + " of " + this.length
							+ " bytes of " + this.key);
				}
				if (n < 0) {
					this.ended = true;
					return n;
				}
				this.position += n;
				return n;
			}
			catch (IOException ex) {
				if (this.resumes >= RESUMES) {
					throw ex;
				}
				this.resumes++;
				resume(ex);
			}
		}
	}

	@Override
	public void close() throws IOException {
		if (!this.ended) {
			// Reading the rest of a large object only to reuse its connection costs more.
			this.body.abort();
		}
		try {
			this.body.close();
		}
		catch (IOException ex) {
			if (this.ended) {
				throw ex;
			}
		}
	}

	private void resume(IOException cause) throws IOException {
		this.body.abort();
		try {
			this.body = this.s3.getObject((get) -> get.bucket(this.bucket)
				.key(this.key)
				.range("bytes=" + this.position + "-")
				.ifMatch(this.eTag));
		}
		catch (SdkException ex) {
			cause.addSuppressed(ex);
			throw cause;
		}
	}

}
