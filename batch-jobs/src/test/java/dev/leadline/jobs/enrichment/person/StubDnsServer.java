package dev.leadline.jobs.enrichment.person;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * A DNS server on a loopback UDP port answering canned records: an unknown name is
 * NXDOMAIN, a known name without the asked type is an empty NOERROR answer, a name marked
 * silent never gets an answer, a name marked failing gets SERVFAIL.
 */
final class StubDnsServer implements AutoCloseable {

	private final DatagramSocket socket;

	private final Map<Name, List<Record>> records = new ConcurrentHashMap<>();

	private final Set<Name> silent = ConcurrentHashMap.newKeySet();

	private final Set<Name> failing = ConcurrentHashMap.newKeySet();

	private final AtomicInteger queries = new AtomicInteger();

	private final Thread thread;

	StubDnsServer() throws SocketException {
		this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
		this.thread = new Thread(this::serve, "stub-dns");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	InetSocketAddress address() {
		return (InetSocketAddress) this.socket.getLocalSocketAddress();
	}

	/**
	 * Adds records, given in zone file form:
	 * {@code "acme.test. 300 IN MX 10 mx.acme.test."}.
	 */
	StubDnsServer with(String... zoneLines) throws IOException {
		for (String line : zoneLines) {
			Record record = parse(line);
			this.records.computeIfAbsent(record.getName(), (name) -> new ArrayList<>()).add(record);
		}
		return this;
	}

	/** A name that exists but has no records at all. */
	StubDnsServer withEmpty(String name) throws IOException {
		this.records.computeIfAbsent(Name.fromString(name), (key) -> new ArrayList<>());
		return this;
	}

	StubDnsServer silentFor(String name) throws IOException {
		this.silent.add(Name.fromString(name));
		return this;
	}

	StubDnsServer failingFor(String name) throws IOException {
		this.failing.add(Name.fromString(name));
		return this;
	}

	int queries() {
		return this.queries.get();
	}

	private static Record parse(String line) throws IOException {
		try (org.xbill.DNS.Master master = new org.xbill.DNS.Master(
				new java.io.ByteArrayInputStream(line.getBytes(java.nio.charset.StandardCharsets.US_ASCII)))) {
			return master.nextRecord();
		}
	}

	private void serve() {
		byte[] buffer = new byte[4096];
		while (!this.socket.isClosed()) {
			try {
				DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
				this.socket.receive(packet);
				this.queries.incrementAndGet();
				Message query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
				Message answer = answer(query);
				if (answer != null) {
					byte[] wire = answer.toWire();
					this.socket.send(new DatagramPacket(wire, wire.length, packet.getSocketAddress()));
				}
			}
			catch (IOException ex) {
				// closed, or a malformed packet: keep serving until closed
			}
		}
	}

	private Message answer(Message query) {
		Record question = query.getQuestion();
		Name name = question.getName();
		if (this.silent.contains(name)) {
			return null;
		}
		Message answer = new Message(query.getHeader().getID());
		answer.getHeader().setFlag(Flags.QR);
		answer.getHeader().setFlag(Flags.RA);
		if (query.getHeader().getFlag(Flags.RD)) {
			answer.getHeader().setFlag(Flags.RD);
		}
		answer.addRecord(question, Section.QUESTION);
		List<Record> known = this.records.get(name);
		if (this.failing.contains(name)) {
			answer.getHeader().setRcode(Rcode.SERVFAIL);
		}
		else if (known == null) {
			answer.getHeader().setRcode(Rcode.NXDOMAIN);
		}
		else {
			known.stream()
				.filter((Record record) -> record.getType() == question.getType() || question.getType() == Type.ANY)
				.forEach((Record record) -> answer.addRecord(record, Section.ANSWER));
		}
		return answer;
	}

	@Override
	public void close() throws InterruptedException {
		this.socket.close();
		this.thread.join();
	}

}
