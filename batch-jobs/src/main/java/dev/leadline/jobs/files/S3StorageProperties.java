package dev.leadline.jobs.files;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * S3-compatible object storage for every file Leadline keeps; off while no bucket is
 * named.
 *
 * @param endpoint the S3 API's URL, e.g. {@code http://minio:9000}; unset: AWS's own
 * endpoint for the region ({@code LEADLINE_STORAGE_S3_ENDPOINT})
 * @param bucket the bucket, which must exist; naming it switches the store from the data
 * directory to object storage ({@code LEADLINE_STORAGE_S3_BUCKET})
 * @param region the bucket's region ({@code LEADLINE_STORAGE_S3_REGION})
 * @param accessKey the access key id; unset: the AWS SDK's default credentials (its
 * environment variables, profile, instance or container role)
 * ({@code LEADLINE_STORAGE_S3_ACCESS_KEY})
 * @param secretKey its secret ({@code LEADLINE_STORAGE_S3_SECRET_KEY})
 * @param pathStyle address the bucket in the path ({@code http://host/bucket/key}) rather
 * than the host name; unset: path style exactly when an endpoint is set, as most
 * S3-compatible servers want ({@code LEADLINE_STORAGE_S3_PATH_STYLE})
 */
@ConfigurationProperties("leadline.storage.s3")
public record S3StorageProperties(URI endpoint, String bucket, @DefaultValue("us-east-1") String region,
		String accessKey, String secretKey, Boolean pathStyle) {

	/** Whether object storage is configured (a bucket is named). */
	public boolean enabled() {
		return this.bucket != null && !this.bucket.isBlank();
	}

	/** Path-style addressing as configured, or as the endpoint suggests. */
	public boolean usePathStyle() {
		return (this.pathStyle != null) ? this.pathStyle : this.endpoint != null;
	}

	/** Where the bucket is, for messages (never the credentials). */
	public String describe() {
		return "bucket '" + this.bucket + "' at " + ((this.endpoint != null) ? this.endpoint : "AWS S3") + " (region "
				+ this.region + ")";
	}

}
