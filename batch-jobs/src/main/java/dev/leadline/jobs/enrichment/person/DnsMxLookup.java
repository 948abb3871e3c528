package dev.leadline.jobs.enrichment.person;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xbill.DNS.DClass;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Asks a DNS resolver (dnsjava) for a domain's MX records, falling back to A and AAAA
 * records as RFC 5321 section 5.1 requires when there is no MX. Each query is bounded by
 * a timeout whatever the resolver's own retries; a query that times out or fails makes
 * the answer {@link MxAnswer.Kind#UNAVAILABLE}.
 */
public class DnsMxLookup implements MxLookup {

	private final Resolver resolver;

	private final Duration timeout;

	/**
	 * @param resolver where queries go (a recursive resolver)
	 * @param timeout the longest one query (MX, A or AAAA) may take
	 */
	public DnsMxLookup(Resolver resolver, Duration timeout) {
		this.resolver = resolver;
		this.timeout = timeout;
	}

	@Override
	public MxAnswer lookup(String asciiDomain) {
		Name name;
		try {
			name = Name.fromString(asciiDomain, Name.root);
		}
		catch (TextParseException ex) {
			return MxAnswer.noMx("nxdomain");
		}
		try {
			Message mx = query(name, Type.MX);
			if (mx.getRcode() != Rcode.NOERROR) {
				return failed(mx.getRcode());
			}
			List<MXRecord> records = mxRecords(mx);
			if (!records.isEmpty()) {
				return fromMx(records);
			}
			return addressFallback(name, asciiDomain);
		}
		catch (TimeoutException ex) {
			return MxAnswer.unavailable("timeout");
		}
		catch (IOException ex) {
			return MxAnswer.unavailable("error");
		}
	}

	private MxAnswer addressFallback(Name name, String asciiDomain) throws IOException, TimeoutException {
		for (int type : new int[] { Type.A, Type.AAAA }) {
			Message answer = query(name, type);
			if (answer.getRcode() != Rcode.NOERROR) {
				return failed(answer.getRcode());
			}
			if (answer.getSection(Section.ANSWER).stream().anyMatch((Record record) -> record.getType() == type)) {
				return MxAnswer.hasMx(List.of(asciiDomain), "implicit-mx");
			}
		}
		return MxAnswer.noMx("no-records");
	}

	private static MxAnswer fromMx(List<MXRecord> records) {
		if (records.size() == 1 && records.get(0).getTarget().equals(Name.root)) {
			return MxAnswer.noMx("null-mx");
		}
		List<String> hosts = new ArrayList<>();
		records.stream()
			.filter((MXRecord record) -> !record.getTarget().equals(Name.root))
			.sorted(Comparator.comparingInt(MXRecord::getPriority))
			.forEach((MXRecord record) -> hosts.add(hostName(record.getTarget())));
		return hosts.isEmpty() ? MxAnswer.noMx("null-mx") : MxAnswer.hasMx(hosts, "mx");
	}

	private static List<MXRecord> mxRecords(Message message) {
		List<MXRecord> records = new ArrayList<>();
		for (Record record : message.getSection(Section.ANSWER)) {
			if (record instanceof MXRecord mx) {
				records.add(mx);
			}
		}
		return records;
	}

	private static MxAnswer failed(int rcode) {
		return switch (rcode) {
			case Rcode.NXDOMAIN -> MxAnswer.noMx("nxdomain");
			case Rcode.SERVFAIL -> MxAnswer.unavailable("servfail");
			case Rcode.REFUSED -> MxAnswer.unavailable("refused");
			default -> MxAnswer.unavailable("error");
		};
	}

	private Message query(Name name, int type) throws IOException, TimeoutException {
		Message query = Message.newQuery(Record.newRecord(name, type, DClass.IN));
		CompletableFuture<Message> answer = this.resolver.sendAsync(query).toCompletableFuture();
		try {
			return answer.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			answer.cancel(true);
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
		catch (TimeoutException ex) {
			answer.cancel(true);
			throw ex;
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof TimeoutException || ex.getCause() instanceof SocketTimeoutException) {
				throw new TimeoutException(ex.getCause().getMessage());
			}
			throw new IOException(ex.getCause());
		}
	}

	private static String hostName(Name name) {
		return name.toString(true).toLowerCase(Locale.ROOT);
	}

}
