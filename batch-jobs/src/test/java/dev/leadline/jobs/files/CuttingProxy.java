package dev.leadline.jobs.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on loopback that breaks a connection once the server has sent more than
 * {@code cutAfter} bytes through it, up to {@code cuts} times; then it passes everything
 * on. A connection lost in the middle of a download, on demand.
 */
final class CuttingProxy implements AutoCloseable {

	private final ServerSocket listener;

	private final int targetPort;

	private final long cutAfter;

	private final int cuts;

	private final AtomicInteger cut = new AtomicInteger();

	CuttingProxy(int targetPort, long cutAfter, int cuts) throws IOException {
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.targetPort = targetPort;
		this.cutAfter = cutAfter;
		this.cuts = cuts;
		daemon(this::accept);
	}

	URI endpoint() {
		return URI.create("http://127.0.0.1:" + this.listener.getLocalPort());
	}

	/** How many connections it broke. */
	int cut() {
		return this.cut.get();
	}

	private void accept() {
		while (!this.listener.isClosed()) {
			try {
				Socket client = this.listener.accept();
				Socket server = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
				daemon(() -> pump(client, server, false));
				daemon(() -> pump(server, client, true));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void pump(Socket from, Socket to, boolean download) {
		byte[] buffer = new byte[8192];
		long sent = 0;
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			for (int n; (n = in.read(buffer)) > 0;) {
				out.write(buffer, 0, n);
				sent += n;
				if (download && sent > this.cutAfter
						&& this.cut.getAndUpdate((c) -> c < this.cuts ? c + 1 : c) < this.cuts) {
					break;
				}
			}
		}
		catch (IOException ignored) {
			// The other side went away.
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
		}
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ignored) {
			// Closing anyway.
		}
	}

	private static void daemon(Runnable work) {
		Thread thread = new Thread(work, "cutting-proxy");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void close() throws IOException {
		this.listener.close();
	}

}
