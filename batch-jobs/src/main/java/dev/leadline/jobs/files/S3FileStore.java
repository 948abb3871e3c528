package dev.leadline.jobs.files;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.LegacyMd5Plugin;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.ListMultipartUploadsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Error;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The file store on S3-compatible object storage: a key is an object's key in the bucket.
 * Writes stream (multipart upload for files over one part, aborted on failure), so a file
 * is whole under its key or not there; reads stream and resume a broken connection; a
 * prefix's files are listed page by page and deleted a page per request.
 */
public class S3FileStore implements FileStore, AutoCloseable {

	/** A multipart upload's part: S3 wants at least 5 MiB for all but the last. */
	static final int PART_SIZE = 8 * 1024 * 1024;

	private final S3Client s3;

	private final String bucket;

	private final int partSize;

	S3FileStore(S3Client s3, String bucket, int partSize) {
		this.s3 = s3;
		this.bucket = bucket;
		this.partSize = partSize;
	}

	/**
	 * A store on the configured bucket, once a HEAD request reached it.
	 * @throws ObjectStorageUnreachableException when the bucket cannot be reached (wrong
	 * endpoint, bucket, region or credentials), naming it
	 */
	public static S3FileStore connect(S3StorageProperties properties) {
		S3Client client = client(properties);
		try {
			client.headBucket((head) -> head.bucket(properties.bucket()));
		}
		catch (SdkException ex) {
			client.close();
			throw new ObjectStorageUnreachableException("Object storage is configured (LEADLINE_STORAGE_S3_*), but "
					+ properties.describe() + " cannot be reached: " + reason(ex) + ".", ex);
		}
		return new S3FileStore(client, properties.bucket(), PART_SIZE);
	}

	static S3Client client(S3StorageProperties properties) {
		S3ClientBuilder builder = S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder()
				.connectionTimeout(Duration.ofSeconds(10))
				.socketTimeout(Duration.ofSeconds(60)))
			.region(Region.of(properties.region()))
			.forcePathStyle(properties.usePathStyle())
			.credentialsProvider(credentials(properties))
			// Checksums only where S3 demands them (DeleteObjects): S3-compatible servers
			// do not all read the newer trailing checksums.
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			// ...and as Content-MD5, which S3-compatible servers (S3Proxy, older MinIO,
			// Ceph) read.
			.addPlugin(LegacyMd5Plugin.create());
		if (properties.endpoint() != null) {
			builder.endpointOverride(properties.endpoint());
		}
		return builder.build();
	}

	private static AwsCredentialsProvider credentials(S3StorageProperties properties) {
		if (properties.accessKey() == null || properties.accessKey().isBlank()) {
			return DefaultCredentialsProvider.builder().build();
		}
		return StaticCredentialsProvider
			.create(AwsBasicCredentials.create(properties.accessKey(), properties.secretKey()));
	}

	@Override
	public StoredFile write(String key, Content content) throws IOException {
		StoreKeys.check(key);
		try (MultipartObjectStream upload = new MultipartObjectStream(this.s3, this.bucket, key, this.partSize)) {
			HashingOutputStream hashed = new HashingOutputStream(upload);
			content.writeTo(hashed);
			hashed.flush();
			upload.complete();
			return new StoredFile(key, hashed.size(), hashed.sha256());
		}
	}

	@Override
	public InputStream read(String key) throws IOException {
		return ResumingObjectStream.open(this.s3, this.bucket, StoreKeys.check(key));
	}

	@Override
	public boolean exists(String key) {
		StoreKeys.check(key);
		try {
			this.s3.headObject((head) -> head.bucket(this.bucket).key(key));
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw ex;
		}
	}

	@Override
	public void delete(String key) throws IOException {
		StoreKeys.check(key);
		try {
			this.s3.deleteObject((delete) -> delete.bucket(this.bucket).key(key));
		}
		catch (SdkException ex) {
			throw new IOException("Deleting " + key + " failed: " + reason(ex), ex);
		}
	}

	@Override
	public int deleteAll(String prefix) throws IOException {
		String directory = StoreKeys.check(prefix) + "/";
		int deleted = 0;
		try {
			for (ListObjectsV2Response page : this.s3
				.listObjectsV2Paginator((list) -> list.bucket(this.bucket).prefix(directory))) {
				List<ObjectIdentifier> objects = page.contents()
					.stream()
					.map((object) -> ObjectIdentifier.builder().key(object.key()).build())
					.toList();
				if (!objects.isEmpty()) {
					DeleteObjectsResponse response = this.s3.deleteObjects((delete) -> delete.bucket(this.bucket)
						.delete((batch) -> batch.objects(objects).quiet(true)));
					if (!response.errors().isEmpty()) {
						S3Error error = response.errors().get(0);
						throw new IOException(response.errors().size() + " of " + objects.size() + " files under "
								+ prefix + " were not deleted; the first, " + error.key() + ": " + error.code() + " "
								+ error.message());
					}
					deleted += objects.size();
				}
			}
		}
		catch (SdkException ex) {
			throw new IOException("Deleting the files under " + prefix + " failed: " + reason(ex), ex);
		}
		discardPartials(prefix);
		return deleted;
	}

	@Override
	public void discardPartials(String prefix) throws IOException {
		String directory = StoreKeys.check(prefix) + "/";
		try {
			for (ListMultipartUploadsResponse page : this.s3
				.listMultipartUploadsPaginator((list) -> list.bucket(this.bucket).prefix(directory))) {
				for (MultipartUpload upload : page.uploads()) {
					abort(upload);
				}
			}
		}
		catch (SdkException ex) {
			throw new IOException("Aborting the unfinished uploads under " + prefix + " failed: " + reason(ex), ex);
		}
	}

	private void abort(MultipartUpload upload) {
		try {
			this.s3.abortMultipartUpload(
					(abort) -> abort.bucket(this.bucket).key(upload.key()).uploadId(upload.uploadId()));
		}
		catch (NoSuchUploadException ex) {
			// Completed or aborted meanwhile.
		}
	}

	@Override
	public void close() {
		this.s3.close();
	}

	private static String reason(SdkException ex) {
		if (ex instanceof S3Exception s3 && s3.awsErrorDetails() != null) {
			return s3.statusCode() + " " + s3.awsErrorDetails().errorCode();
		}
		return String.valueOf(ex.getMessage());
	}

}
