package dev.leadline.jobs.reports;

import dev.leadline.jobs.files.FileStore;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Test harness: with {@code leadline.harness.write-pause-ms}, every file store write
 * first waits that long, so a test can kill a worker in the middle of a report.
 */
@Component
@ConditionalOnProperty("leadline.harness.write-pause-ms")
class SlowFileStore implements BeanPostProcessor {

	private final long pauseMillis;

	SlowFileStore(@Value("${leadline.harness.write-pause-ms}") long pauseMillis) {
		this.pauseMillis = pauseMillis;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof FileStore store)) {
			return bean;
		}
		long pause = this.pauseMillis;
		return new FileStore() {

			@Override
			public StoredFile write(String key, Content content) throws IOException {
				try {
					Thread.sleep(pause);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return store.write(key, content);
			}

			@Override
			public InputStream read(String key) throws IOException {
				return store.read(key);
			}

			@Override
			public boolean exists(String key) {
				return store.exists(key);
			}

			@Override
			public void delete(String key) throws IOException {
				store.delete(key);
			}

			@Override
			public int deleteAll(String prefix) throws IOException {
				return store.deleteAll(prefix);
			}

			@Override
			public void discardPartials(String prefix) throws IOException {
				store.discardPartials(prefix);
			}

		};
	}

}
