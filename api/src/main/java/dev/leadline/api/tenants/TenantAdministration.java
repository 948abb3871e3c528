package dev.leadline.api.tenants;

import static dev.leadline.db.jooq.Tables.APP_USER;
import static dev.leadline.db.jooq.Tables.TENANT;

import dev.leadline.api.audit.AuditLog;
import dev.leadline.api.auth.CurrentUser;
import dev.leadline.api.auth.PasswordHasher;
import dev.leadline.api.system.paging.Cursor;
import dev.leadline.api.users.EmailTakenException;
import dev.leadline.db.jooq.enums.UserRole;
import dev.leadline.db.jooq.tables.records.TenantRecord;
import dev.leadline.db.tenancy.TenantContext;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Platform administration of tenants: the only code that works across tenants on a user's
 * behalf.
 */
@Service
class TenantAdministration {

	private final DSLContext dsl;

	private final TransactionTemplate transactions;

	private final PasswordHasher passwords;

	private final AuditLog audit;

	TenantAdministration(DSLContext dsl, TransactionTemplate transactions, PasswordHasher passwords, AuditLog audit) {
		this.dsl = dsl;
		this.transactions = transactions;
		this.passwords = passwords;
		this.audit = audit;
	}

	TenantPage page(int limit, String cursor) {
		return TenantContext.system(() -> transactions.execute(status -> {
			var where = cursor == null ? TENANT.ID.isNotNull() : TENANT.ID.gt(Cursor.decodeId(cursor));
			return Cursor.page(dsl.selectFrom(TENANT)
				.where(where)
				.orderBy(TENANT.ID)
				.limit(limit + 1)
				.fetch(TenantAdministration::view), limit, TenantView::id, TenantPage::new);
		}));
	}

	/**
	 * @throws SlugTakenException when the slug is in use
	 * @throws EmailTakenException when the owner's e-mail is in use
	 */
	TenantView create(CurrentUser admin, CreateTenantRequest request) {
		return TenantContext.system(() -> transactions.execute(status -> {
			TenantRecord tenant;
			try {
				tenant = dsl.insertInto(TENANT)
					.set(TENANT.SLUG, request.slug())
					.set(TENANT.NAME, request.name().trim())
					.returning()
					.fetchSingle();
			}
			catch (DuplicateKeyException e) {
				throw new SlugTakenException(request.slug());
			}
			try {
				dsl.insertInto(APP_USER)
					.set(APP_USER.TENANT_ID, tenant.getId())
					.set(APP_USER.EMAIL, request.ownerEmail().trim())
					.set(APP_USER.DISPLAY_NAME, request.ownerDisplayName().trim())
					.set(APP_USER.PASSWORD_HASH, passwords.hash(request.ownerPassword()))
					.set(APP_USER.ROLE, UserRole.owner)
					.execute();
			}
			catch (DuplicateKeyException e) {
				throw new EmailTakenException(request.ownerEmail().trim());
			}
			audit.record(tenant.getId(), AuditLog.Actor.of(admin), "tenant.created",
					AuditLog.Target.of("tenant", tenant.getId()),
					Map.of("slug", tenant.getSlug(), "owner", request.ownerEmail().trim()));
			return view(tenant);
		}));
	}

	static TenantView view(TenantRecord r) {
		return new TenantView(r.getId(), r.getSlug(), r.getName(), r.getStatus(), r.getCreatedAt());
	}

}
