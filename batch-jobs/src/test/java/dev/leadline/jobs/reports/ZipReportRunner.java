package dev.leadline.jobs.reports;

import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Test harness for a process of its own: with {@code leadline.harness.zip-report =
 * tenant,report,file} it writes that report's ZIP to the file, prints how many files and
 * bytes and the heap's peak, and exits.
 */
@Component
@ConditionalOnProperty("leadline.harness.zip-report")
class ZipReportRunner implements ApplicationRunner {

	private final ReportZip zip;

	private final String[] arguments;

	ZipReportRunner(ReportZip zip, @Value("${leadline.harness.zip-report}") String arguments) {
		this.zip = zip;
		this.arguments = arguments.split(",");
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		long tenant = Long.parseLong(this.arguments[0]);
		long report = Long.parseLong(this.arguments[1]);
		Path target = Path.of(this.arguments[2]);
		int files;
		try (TenantContext.Entered ignored = TenantContext.enter(TenantScope.tenant(tenant));
				OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
			files = this.zip.write(tenant, report, out);
		}
		long peak = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.map(MemoryPoolMXBean::getPeakUsage)
			.mapToLong((usage) -> usage.getUsed())
			.sum();
		System.out.println("zip-report: files=" + files + " bytes=" + Files.size(target) + " heap-peak=" + peak);
		System.out.flush();
		System.exit(0);
	}

}
