package dev.leadline.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.leadline.db.DatabaseCoordinates;
import dev.leadline.db.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Spring Batch 6 on Leadline's schema, connected as the application role: a chunked job that fails
 * mid-way keeps exactly its committed chunks, and a restart of the same instance finishes the rest
 * without writing any item twice (the shape of Spring Batch's RestartFunctionalTests).
 */
@SpringBootTest(classes = JobRepositoryRestartIntegrationTests.ProbeJobConfiguration.class)
class JobRepositoryRestartIntegrationTests {

    static final int ITEMS = 25;
    static final int CHUNK = 10;
    static final int FAIL_AT = 15;
    static final AtomicBoolean failOnce = new AtomicBoolean();

    @Autowired
    JobOperator jobOperator;

    @Autowired
    Job probeJob;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void createProbeTable() throws Exception {
        try (Connection owner = TestDatabase.ownerConnection(); Statement st = owner.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS batch_probe_item (run text NOT NULL, item int NOT NULL, "
                    + "PRIMARY KEY (run, item))");
            st.execute("GRANT SELECT, INSERT ON batch_probe_item TO " + TestDatabase.coordinates().appUser());
        }
    }

    @BeforeEach
    void armFailure() {
        failOnce.set(true);
    }

    @Test
    void restartResumesFromLastCommittedChunk() throws Exception {
        String run = UUID.randomUUID().toString();
        JobParameters parameters = new JobParametersBuilder().addString("run", run).toJobParameters();

        JobExecution first = jobOperator.start(probeJob, parameters);

        assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(itemsWritten(run)).containsExactlyElementsOf(range(1, CHUNK));
        StepExecution failedStep = first.getStepExecutions().iterator().next();
        assertThat(failedStep.getCommitCount()).isEqualTo(1);
        assertThat(failedStep.getWriteCount()).isEqualTo(CHUNK);

        JobExecution second = jobOperator.restart(first);

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.getJobInstanceId()).isEqualTo(first.getJobInstanceId());
        assertThat(itemsWritten(run)).containsExactlyElementsOf(range(1, ITEMS));
        assertThat(second.getStepExecutions().iterator().next().getWriteCount()).isEqualTo(ITEMS - CHUNK);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM batch_job_execution WHERE job_instance_id = ?",
                Long.class, first.getJobInstanceId())).isEqualTo(2);
    }

    private List<Integer> itemsWritten(String run) {
        return jdbc.queryForList("SELECT item FROM batch_probe_item WHERE run = ? ORDER BY item", Integer.class, run);
    }

    private static List<Integer> range(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class ProbeJobConfiguration {

        @Bean(destroyMethod = "close")
        HikariDataSource dataSource() {
            DatabaseCoordinates db = TestDatabase.coordinates();
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(db.jdbcUrl());
            pool.setUsername(db.appUser());
            pool.setPassword(db.appPassword());
            return pool;
        }

        @Bean
        Job probeJob(JobRepository jobRepository, Step probeStep) {
            return new JobBuilder("probeJob", jobRepository).start(probeStep).build();
        }

        @Bean
        Step probeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, DataSource dataSource) {
            return new StepBuilder("probeStep", jobRepository)
                    .<Integer, Integer>chunk(CHUNK)
                    .transactionManager(transactionManager)
                    .reader(new CountingReader())
                    .writer(probeWriter(new JdbcTemplate(dataSource)))
                    .build();
        }

        private static ItemWriter<Integer> probeWriter(JdbcTemplate jdbc) {
            return chunk -> {
                String run = org.springframework.batch.core.scope.context.StepSynchronizationManager.getContext()
                        .getStepExecution().getJobExecution().getJobParameters().getString("run");
                for (Integer item : chunk) {
                    jdbc.update("INSERT INTO batch_probe_item (run, item) VALUES (?, ?)", run, item);
                    if (item == FAIL_AT && failOnce.getAndSet(false)) {
                        throw new IllegalStateException("planned failure at item " + item);
                    }
                }
            };
        }
    }

    /** Reads 1..ITEMS; its position is saved under its name, so a restart continues after the last commit. */
    static final class CountingReader extends AbstractItemCountingItemStreamItemReader<Integer> {

        private int next;

        CountingReader() {
            setName("probeReader");
            setMaxItemCount(ITEMS);
        }

        @Override
        protected Integer doRead() {
            return ++next;
        }

        @Override
        protected void doOpen() {
            next = 0;
        }

        @Override
        protected void doClose() {
        }

        @Override
        protected void jumpToItem(int itemIndex) {
            next = itemIndex;
        }
    }
}
