package dev.leadline.jobs.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import leadlinetest.S3ProxyServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MultipartUpload;

/**
 * The file store contract on a real S3 API (S3Proxy on loopback, in a JVM of its own),
 * and what only object storage does: multipart uploads, start-up checks.
 */
class S3FileStoreTests extends FileStoreContractTests {

	static final S3ProxyServer server = S3ProxyServer.shared();

	String bucket;

	S3FileStore store;

	@BeforeEach
	void newBucket() {
		this.bucket = server.newBucket();
		this.store = S3FileStore.connect(properties(server.endpoint(), this.bucket, S3ProxyServer.SECRET_KEY));
	}

	@Override
	FileStore store() {
		return this.store;
	}

	@Override
	void leavePartial(String key) {
		S3Client s3 = server.client();
		String uploadId = s3.createMultipartUpload((create) -> create.bucket(this.bucket).key(key)).uploadId();
		s3.uploadPart((part) -> part.bucket(this.bucket).key(key).uploadId(uploadId).partNumber(1),
				RequestBody.fromBytes(new byte[] { 1, 2, 3 }));
	}

	@Override
	boolean partialsLeft(String prefix) {
		return !server.client()
			.listMultipartUploads((list) -> list.bucket(this.bucket).prefix(prefix + "/"))
			.uploads()
			.isEmpty();
	}

	@Test
	void aFileLargerThanOnePartGoesUpInPartsThatAppearUnderTheKeyOnlyWhenComplete() throws Exception {
		byte[] part = new byte[S3FileStore.PART_SIZE];
		List<Integer> partsWhileWriting = new ArrayList<>();
		List<Boolean> visibleWhileWriting = new ArrayList<>();

		FileStore.StoredFile stored = this.store.write("parts/1.bin", (out) -> {
			out.write(part);
			out.write(part);
			out.write(1);
			MultipartUpload upload = server.client()
				.listMultipartUploads((list) -> list.bucket(this.bucket).prefix("parts/"))
				.uploads()
				.get(0);
			partsWhileWriting.addAll(server.client()
				.listParts((list) -> list.bucket(this.bucket).key("parts/1.bin").uploadId(upload.uploadId()))
				.parts()
				.stream()
				.map((uploaded) -> uploaded.size().intValue())
				.toList());
			visibleWhileWriting.add(this.store.exists("parts/1.bin"));
		});

		assertThat(partsWhileWriting).containsExactly(S3FileStore.PART_SIZE, S3FileStore.PART_SIZE);
		assertThat(visibleWhileWriting).containsExactly(false);
		assertThat(stored.size()).isEqualTo(2L * S3FileStore.PART_SIZE + 1);
		assertThat(server.client().headObject((head) -> head.bucket(this.bucket).key("parts/1.bin")).contentLength())
			.isEqualTo(2L * S3FileStore.PART_SIZE + 1);
		assertThat(partialsLeft("parts")).isFalse();
	}

	@Test
	void aReadWhoseConnectionBreaksGoesOnFromTheByteItReached() throws Exception {
		byte[] content = new byte[3_000_000];
		new Random(3).nextBytes(content);
		this.store.write("resumed/1.csv", (out) -> out.write(content));

		try (CuttingProxy proxy = new CuttingProxy(server.endpoint().getPort(), 1_000_000, 2);
				S3FileStore throughProxy = S3FileStore
					.connect(properties(proxy.endpoint(), this.bucket, S3ProxyServer.SECRET_KEY));
				InputStream in = throughProxy.read("resumed/1.csv")) {
			byte[] read = in.readAllBytes();

			assertThat(proxy.cut()).as("connections broken mid-download").isEqualTo(2);
			assertThat(read).hasSize(content.length);
			assertThat(sha256(read)).isEqualTo(sha256(content));
		}
	}

	@Test
	void aReadWhoseConnectionKeepsBreakingFailsAfterThreeResumes() throws Exception {
		this.store.write("resumed/2.csv", (out) -> out.write(new byte[3_000_000]));

		try (CuttingProxy proxy = new CuttingProxy(server.endpoint().getPort(), 200_000, 100);
				S3FileStore throughProxy = S3FileStore
					.connect(properties(proxy.endpoint(), this.bucket, S3ProxyServer.SECRET_KEY));
				InputStream in = throughProxy.read("resumed/2.csv")) {
			assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class);
			assertThat(proxy.cut()).isEqualTo(1 + ResumingObjectStream.RESUMES);
		}
	}

	@Test
	void aBucketThatDoesNotExistStopsTheStartWithAClearMessage() {
		assertThatThrownBy(
				() -> S3FileStore.connect(properties(server.endpoint(), "no-such-bucket-19", S3ProxyServer.SECRET_KEY)))
			.isInstanceOf(ObjectStorageUnreachableException.class)
			.hasMessageContaining("bucket 'no-such-bucket-19' at " + server.endpoint())
			.hasMessageContaining("cannot be reached: 404 NoSuchBucket");
	}

	@Test
	void wrongCredentialsStopTheStartWithAClearMessage() {
		assertThatThrownBy(() -> S3FileStore.connect(properties(server.endpoint(), this.bucket, "not-the-secret")))
			.isInstanceOf(ObjectStorageUnreachableException.class)
			.hasMessageContaining("cannot be reached: 403");
	}

	@Test
	void anEndpointNobodyAnswersStopsTheStart() {
		assertThatThrownBy(() -> S3FileStore
			.connect(properties(URI.create("http://127.0.0.1:9"), this.bucket, S3ProxyServer.SECRET_KEY)))
			.isInstanceOf(ObjectStorageUnreachableException.class)
			.hasMessageContaining("at http://127.0.0.1:9")
			.hasMessageContaining("cannot be reached");
	}

	private static S3StorageProperties properties(URI endpoint, String bucket, String secret) {
		return new S3StorageProperties(endpoint, bucket, S3ProxyServer.REGION, S3ProxyServer.ACCESS_KEY, secret, null);
	}

}
