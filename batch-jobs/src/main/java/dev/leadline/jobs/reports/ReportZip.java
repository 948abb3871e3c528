package dev.leadline.jobs.reports;

import static dev.leadline.db.jooq.Tables.REPORT_FILE;

import dev.leadline.jobs.files.FileStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.springframework.stereotype.Component;

/**
 * A report's complete files as one ZIP, written as it is read: a page of file rows at a
 * time, each file copied through a small buffer, so memory stays flat whatever the
 * report's size. PDFs are compressed already; entries are stored with the fastest deflate
 * level to keep the CPU free.
 */
@Component
public class ReportZip {

	private static final int PAGE = 500;

	private final DSLContext dsl;

	private final FileStore files;

	ReportZip(DSLContext dsl, FileStore files) {
		this.dsl = dsl;
		this.files = files;
	}

	/**
	 * Writes the ZIP to {@code out} (not closed). Call in the tenant's scope.
	 * @return the number of files written
	 */
	public int write(long tenantId, long reportId, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out);
		zip.setLevel(Deflater.BEST_SPEED);
		byte[] buffer = new byte[1 << 16];
		long after = 0;
		int written = 0;
		while (true) {
			List<Record3<Long, String, String>> page = this.dsl
				.select(REPORT_FILE.ID, REPORT_FILE.FILE_NAME, REPORT_FILE.STORAGE_KEY)
				.from(REPORT_FILE)
				.where(REPORT_FILE.TENANT_ID.eq(tenantId), REPORT_FILE.REPORT_ID.eq(reportId),
						REPORT_FILE.STATE.eq(ReportFileState.COMPLETE), REPORT_FILE.ID.gt(after))
				.orderBy(REPORT_FILE.ID)
				.limit(PAGE)
				.fetch();
			for (Record3<Long, String, String> file : page) {
				zip.putNextEntry(new ZipEntry(file.value2()));
				try (InputStream in = this.files.read(file.value3())) {
					int n;
					while ((n = in.read(buffer)) > 0) {
						zip.write(buffer, 0, n);
					}
				}
				zip.closeEntry();
				written++;
			}
			if (page.size() < PAGE) {
				break;
			}
			after = page.get(page.size() - 1).value1();
		}
		zip.finish();
		zip.flush();
		return written;
	}

}
