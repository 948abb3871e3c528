package dev.leadline.api.tenants;

import static dev.leadline.db.jooq.Tables.APP_USER;
import static dev.leadline.db.jooq.Tables.TENANT;

import dev.leadline.db.jooq.enums.UserRole;
import java.security.SecureRandom;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import dev.leadline.api.auth.PasswordHasher;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a database without any platform admin, creates the demo tenant and its owner, who is
 * also platform admin. Several processes may start at once: an advisory lock lets one of
 * them do it.
 */
@Component
class DemoTenantBootstrap implements ApplicationRunner {

	static final String DEMO_SLUG = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoTenantBootstrap.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final DSLContext dsl;

	private final AdminProperties admin;

	private final PasswordHasher passwords;

	private final TransactionTemplate transactions;

	private final SecureRandom random = new SecureRandom();

	private final Environment environment;

	DemoTenantBootstrap(DSLContext dsl, AdminProperties admin, Environment environment, PasswordHasher passwords,
			TransactionTemplate transactions) {
		this.passwords = passwords;
		this.transactions = transactions;
		this.dsl = dsl;
		this.admin = admin;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		TenantContext.run(TenantScope.system(), () -> transactions.executeWithoutResult(status -> bootstrap()));
	}

	private void bootstrap() {
		dsl.select(DSL.function("pg_advisory_xact_lock", Object.class, DSL.val(0x1EAD11AEL))).fetch();
		if (dsl.fetchExists(APP_USER, APP_USER.PLATFORM_ADMIN.isTrue())) {
			log.info("Platform admin exists; sign in with its account ({} was created on first start)", admin.email());
			return;
		}
		boolean generated = admin.password() == null || admin.password().isBlank();
		String password = generated ? generatePassword() : admin.password();
		long tenantId = dsl.insertInto(TENANT)
			.set(TENANT.SLUG, DEMO_SLUG)
			.set(TENANT.NAME, "Demo")
			.onConflict(TENANT.SLUG)
			.doUpdate()
			.set(TENANT.NAME, TENANT.NAME)
			.returning(TENANT.ID)
			.fetchSingle(TENANT.ID);
		dsl.insertInto(APP_USER)
			.set(APP_USER.TENANT_ID, tenantId)
			.set(APP_USER.EMAIL, admin.email().trim())
			.set(APP_USER.DISPLAY_NAME, "Administrator")
			.set(APP_USER.PASSWORD_HASH, passwords.hash(password))
			.set(APP_USER.ROLE, UserRole.owner)
			.set(APP_USER.PLATFORM_ADMIN, true)
			.execute();
		log.info("""

				================================================================
				 Leadline is set up with a demo tenant and its administrator.
				   dashboard: http://localhost:{}/
				   e-mail:    {}
				   password:  {}
				 {}
				================================================================""",
				environment.getProperty("local.server.port", "8080"), admin.email(),
				generated ? password : "(from LEADLINE_ADMIN_PASSWORD)",
				generated ? "This generated password is shown only this once: keep it." : "");
	}

	private String generatePassword() {
		StringBuilder password = new StringBuilder(20);
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
