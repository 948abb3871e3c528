package leadlinetest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.LegacyMd5Plugin;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 API on loopback: S3Proxy 2.6.0 (Maven Central's self-contained jar, copied to
 * {@code target/s3proxy/} by the build) over a temporary directory, in a JVM of its own,
 * because its Jetty 11 and Jackson 2 clash with Spring Boot 4's on one classpath. One
 * server per test JVM, stopped with it; each test makes buckets of its own.
 */
public final class S3ProxyServer {

	public static final String ACCESS_KEY = "leadline-test";

	public static final String SECRET_KEY = "leadline-test-secret";

	public static final String REGION = "us-east-1";

	private static S3ProxyServer shared;

	private final URI endpoint;

	private final S3Client client;

	private S3ProxyServer(URI endpoint) {
		this.endpoint = endpoint;
		this.client = S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.endpointOverride(endpoint)
			.region(Region.of(REGION))
			.forcePathStyle(true)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.addPlugin(LegacyMd5Plugin.create())
			.build();
	}

	/** This JVM's server, started on first use. */
	public static synchronized S3ProxyServer shared() {
		if (shared == null) {
			try {
				shared = start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("S3Proxy did not start", ex);
			}
		}
		return shared;
	}

	public URI endpoint() {
		return this.endpoint;
	}

	/** A client of the server, for what tests check behind the store's back. */
	public S3Client client() {
		return this.client;
	}

	/** Creates a bucket no other test uses. */
	public String newBucket() {
		String bucket = "leadline-" + UUID.randomUUID().toString().substring(0, 13);
		this.client.createBucket((create) -> create.bucket(bucket));
		return bucket;
	}

	/**
	 * The settings that put a process's files in {@code bucket}, as Spring properties.
	 */
	public Map<String, String> properties(String bucket) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("leadline.storage.s3.endpoint", this.endpoint.toString());
		properties.put("leadline.storage.s3.bucket", bucket);
		properties.put("leadline.storage.s3.region", REGION);
		properties.put("leadline.storage.s3.access-key", ACCESS_KEY);
		properties.put("leadline.storage.s3.secret-key", SECRET_KEY);
		return properties;
	}

	/** The same settings as command-line arguments of a process. */
	public List<String> arguments(String bucket) {
		List<String> arguments = new ArrayList<>();
		properties(bucket).forEach((name, value) -> arguments.add("--" + name + "=" + value));
		return arguments;
	}

	private static S3ProxyServer start() throws IOException {
		Path jar = jar();
		Path directory = Files.createTempDirectory("leadline-s3proxy-");
		Path blobs = Files.createDirectories(directory.resolve("blobs"));
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		URI endpoint = URI.create("http://127.0.0.1:" + port);
		Path properties = directory.resolve("s3proxy.properties");
		Files.writeString(properties,
				String.join("\n", "s3proxy.endpoint=" + endpoint, "s3proxy.authorization=aws-v2-or-v4",
						"s3proxy.identity=" + ACCESS_KEY, "s3proxy.credential=" + SECRET_KEY,
						// 2.6.0 refuses the CRC32 header that AWS SDK 2.30+ sends with
						// DeleteObjects
						// beside Content-MD5 (which it checks); AWS S3 and MinIO read
						// both.
						"s3proxy.ignore-unknown-headers=true", "jclouds.provider=filesystem-nio2",
						"jclouds.identity=" + ACCESS_KEY, "jclouds.credential=" + SECRET_KEY,
						"jclouds.filesystem.basedir=" + blobs, ""));
		Path log = Files.createDirectories(Path.of("target", "s3proxy-logs")).resolve("s3proxy-" + port + ".log");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--properties", properties.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			process.destroy();
			try {
				process.waitFor(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ignored) {
				Thread.currentThread().interrupt();
			}
		}));
		awaitPort(process, port, log);
		return new S3ProxyServer(endpoint);
	}

	private static void awaitPort(Process process, int port, Path log) throws IOException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IOException("S3Proxy ended at start-up; its log:\n" + Files.readString(log));
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
				return;
			}
			catch (IOException notYet) {
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IOException("Interrupted while S3Proxy started", ex);
				}
			}
		}
		process.destroyForcibly();
		throw new IOException(
				"S3Proxy did not listen on port " + port + " within 60 s; its log:\n" + Files.readString(log));
	}

	private static Path jar() {
		for (Path candidate : List.of(Path.of("target", "s3proxy", "s3proxy.jar"),
				Path.of("..", "batch-jobs", "target", "s3proxy", "s3proxy.jar"))) {
			if (Files.isRegularFile(candidate)) {
				return candidate.toAbsolutePath();
			}
		}
		throw new IllegalStateException("target/s3proxy/s3proxy.jar is missing: the build's generate-test-resources "
				+ "phase copies it (org.gaul:s3proxy:jar-with-dependencies)");
	}

}
