package dev.leadline.jobs.files;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link FileStore} of the process: object storage when a bucket is configured
 * (checked at start-up: a bucket that cannot be reached stops the process), else the data
 * directory.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(S3StorageProperties.class)
public class FileStoreConfiguration {

	@Bean
	FileStore fileStore(S3StorageProperties s3, @Value("${leadline.data-dir:./data}") Path dataDir) {
		if (s3.enabled()) {
			return S3FileStore.connect(s3);
		}
		return new LocalFileStore(dataDir);
	}

}
