package dev.leadline;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Plain HTTP against the running test server: what a browser or curl would see, filters
 * and all.
 */
public final class HttpTestClient {

	private final HttpClient client = HttpClient.newHttpClient();

	private final int port;

	public HttpTestClient(int port) {
		this.port = port;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET().build());
	}

	public HttpResponse<String> get(String path, String accessToken) {
		return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + accessToken).GET().build());
	}

	public HttpResponse<String> post(String path, String accessToken, String jsonBody) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(jsonBody));
		if (accessToken != null) {
			request.header("Authorization", "Bearer " + accessToken);
		}
		return send(request.build());
	}

	public HttpResponse<String> patch(String path, String accessToken, String jsonBody) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + accessToken)
			.method("PATCH", HttpRequest.BodyPublishers.ofString(jsonBody))
			.build());
	}

	public HttpResponse<String> put(String path, String accessToken, String jsonBody) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + accessToken)
			.PUT(HttpRequest.BodyPublishers.ofString(jsonBody))
			.build());
	}

	public HttpResponse<String> delete(String path, String accessToken) {
		return send(
				HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + accessToken).DELETE().build());
	}

	public HttpResponse<String> send(HttpRequest request) {
		return send(request, HttpResponse.BodyHandlers.ofString());
	}

	public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
		try {
			return client.send(request, body);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/**
	 * One raw HTTP/1.1 exchange, for requests no well-behaved client would send: the
	 * whole response as text. The request should ask for {@code Connection: close}.
	 */
	public String raw(String request) {
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
