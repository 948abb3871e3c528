package dev.leadline.jobs.platform;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ JobPlatformProperties.class, ScheduleProperties.class })
class JobPlatformConfiguration {

	@Bean
	LockProvider scheduleLockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("shedlock")
			.usingDbTime()
			.build());
	}

	@Bean
	LockingTaskExecutor scheduleLocks(LockProvider lockProvider) {
		return new DefaultLockingTaskExecutor(lockProvider);
	}

	@Bean(destroyMethod = "shutdown")
	TaskScheduler jobScheduleScheduler() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("leadline-schedule-");
		scheduler.setDaemon(true);
		scheduler.initialize();
		return scheduler;
	}

}
