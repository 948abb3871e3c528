package dev.leadline.jobs.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into addresses. The fetcher asks once per hop and connects to an
 * address of that one answer, so a second answer (DNS rebinding) is never used. Tests
 * give a stub.
 */
@FunctionalInterface
public interface HostResolver {

	/** The system's resolver. */
	HostResolver SYSTEM = (host) -> List.of(InetAddress.getAllByName(host));

	/**
	 * @throws UnknownHostException when the name has no address
	 */
	List<InetAddress> resolve(String host) throws UnknownHostException;

}
