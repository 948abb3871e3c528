package dev.leadline.api.system.process;

import java.time.Instant;
import java.util.List;

/**
 * @param name product name
 * @param version build version of this process
 * @param roles what this process does: api, worker
 * @param time the server's clock
 */
record StatusView(String name, String version, List<String> roles, Instant time) {
}
