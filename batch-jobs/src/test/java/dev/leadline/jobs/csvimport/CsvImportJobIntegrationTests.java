package dev.leadline.jobs.csvimport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.tables.records.ContactImportRecord;
import dev.leadline.jobs.platform.PlatformTestSupport;
import java.time.Duration;
import leadlinetest.PlatformTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = PlatformTestApplication.class)
class CsvImportJobIntegrationTests {

	private static final Duration WITHIN = Duration.ofSeconds(60);

	@Autowired
	PlatformTestSupport platform;

	@Autowired
	ImportTestSupport imports;

	@Test
	void importsNormalisedRowsRecordsRejectedOnesAndTheCountsAddUp() {
		long tenant = platform.aTenant();
		long id = imports.upload(tenant, """
				Email,Full Name,Job Title,Phone,Website,Country,Company
				Jane.Doe@Acme.com,Dr. Jane Doe,CTO,030 1234567,https://www.acme.com/about,Germany,Acme GmbH
				not-an-email,John Smith,CEO,,,,
				bob@gmail.com,"Beethoven, Ludwig van",Composer,+1 650 253 0000,,US,
				jane.doe@acme.com,,VP Engineering,,,,
				ana@shop.example.co.uk,Ana Lopez,,12,,Spain,Example Shop
				""");
		long run = imports.start(tenant, id);
		platform.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);

		ContactImportRecord row = imports.importRow(tenant, id);
		assertThat(row.getRowsRead()).isEqualTo(5);
		assertThat(row.getInserted()).isEqualTo(3);
		assertThat(row.getDuplicates()).isEqualTo(1);
		assertThat(row.getUpdated()).isZero();
		assertThat(row.getRejected()).isEqualTo(1);
		assertThat(row.getInserted() + row.getUpdated() + row.getDuplicates() + row.getRejected())
			.isEqualTo(row.getRowsRead());
		assertThat(imports.contacts(tenant)).containsExactly(
				"ana@shop.example.co.uk|Ana|Lopez||12||ES||example.co.uk|Example Shop|{}",
				"bob@gmail.com|Ludwig|van Beethoven|Composer|+16502530000||US||||{}",
				"jane.doe@acme.com|Jane|Doe|CTO|+49301234567||DE||acme.com|Acme GmbH|{}");
		assertThat(imports.issues(tenant, id)).containsExactly("3 ERROR Email: not a valid e-mail address",
				"6 WARNING Phone: not a phone number Leadline can read; kept as given");
	}

}
