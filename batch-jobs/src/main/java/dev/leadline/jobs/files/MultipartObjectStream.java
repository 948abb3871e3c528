package dev.leadline.jobs.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * Writes one object of unknown length: a file that fits in one part is put in one
 * request; a larger one becomes a multipart upload, one part per {@code partSize} bytes,
 * completed by {@link #complete()}. Closed before completing, it aborts the upload, so
 * nothing appears under the key.
 */
final class MultipartObjectStream extends OutputStream {

	private static final Logger log = LoggerFactory.getLogger(MultipartObjectStream.class);

	private final S3Client s3;

	private final String bucket;

	private final String key;

	private final int partSize;

	private final List<CompletedPart> parts = new ArrayList<>();

	/** Grows up to one part: a small file never takes a whole part's memory. */
	private byte[] buffer = new byte[1 << 16];

	private int filled;

	private String uploadId;

	private boolean completed;

	MultipartObjectStream(S3Client s3, String bucket, String key, int partSize) {
		this.s3 = s3;
		this.bucket = bucket;
		this.key = key;
		this.partSize = partSize;
	}

	@Override
	public void write(int b) throws IOException {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public void write(byte[] b, int off, int len) throws IOException {
		while (len > 0) {
			if (this.filled == this.partSize) {
				uploadPart();
			}
			int n = Math.min(len, this.partSize - this.filled);
			ensureRoom(n);
			System.arraycopy(b, off, this.buffer, this.filled, n);
			this.filled += n;
			off += n;
			len -= n;
		}
	}

	/**
	 * Makes the object appear under its key, whole.
	 * @throws IOException when the store refuses (nothing appears)
	 */
	void complete() throws IOException {
		try {
			if (this.uploadId == null) {
				this.s3.putObject((put) -> put.bucket(this.bucket).key(this.key).contentLength((long) this.filled),
						body());
			}
			else {
				if (this.filled > 0) {
					uploadPart();
				}
				this.s3.completeMultipartUpload((upload) -> upload.bucket(this.bucket)
					.key(this.key)
					.uploadId(this.uploadId)
					.multipartUpload((parts) -> parts.parts(this.parts)));
			}
			this.completed = true;
		}
		catch (SdkException ex) {
			throw new IOException("Storing " + this.key + " failed: " + ex.getMessage(), ex);
		}
	}

	/** Aborts the upload unless it completed. */
	@Override
	public void close() {
		if (this.completed || this.uploadId == null) {
			return;
		}
		try {
			this.s3.abortMultipartUpload((abort) -> abort.bucket(this.bucket).key(this.key).uploadId(this.uploadId));
		}
		catch (SdkException ex) {
			// Invisible under the key all the same; discardPartials (or the bucket's
			// lifecycle rule for incomplete uploads) removes its parts.
			log.warn("Aborting the upload of {} failed: {}", this.key, ex.toString());
		}
	}

	private void uploadPart() throws IOException {
		int number = this.parts.size() + 1;
		try {
			if (this.uploadId == null) {
				this.uploadId = this.s3.createMultipartUpload((create) -> create.bucket(this.bucket).key(this.key))
					.uploadId();
			}
			String eTag = this.s3
				.uploadPart((part) -> part.bucket(this.bucket)
					.key(this.key)
					.uploadId(this.uploadId)
					.partNumber(number)
					.contentLength((long) this.filled), body())
				.eTag();
			this.parts.add(CompletedPart.builder().partNumber(number).eTag(eTag).build());
			this.filled = 0;
		}
		catch (SdkException ex) {
			throw new IOException("Uploading part " + number + " of " + this.key + " failed: " + ex.getMessage(), ex);
		}
	}

	/** The buffered bytes without copying them; retries re-read them (mark/reset). */
	private RequestBody body() {
		return RequestBody.fromInputStream(new ByteArrayInputStream(this.buffer, 0, this.filled), this.filled);
	}

	private void ensureRoom(int more) {
		if (this.filled + more > this.buffer.length) {
			int size = this.buffer.length;
			while (size < this.filled + more) {
				size = Math.min(this.partSize, size * 2);
			}
			this.buffer = Arrays.copyOf(this.buffer, size);
		}
	}

}
