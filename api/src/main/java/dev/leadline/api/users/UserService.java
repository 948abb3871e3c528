package dev.leadline.api.users;

import static dev.leadline.db.jooq.Tables.APP_USER;

import dev.leadline.api.audit.AuditLog;
import dev.leadline.api.auth.CurrentUser;
import dev.leadline.api.auth.PasswordHasher;
import dev.leadline.api.auth.SessionRevocation;
import dev.leadline.api.system.problems.NotFoundException;
import dev.leadline.db.jooq.enums.UserRole;
import dev.leadline.db.jooq.tables.records.AppUserRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to users, each in one transaction with its audit event. */
@Service
class UserService {

	private final DSLContext dsl;

	private final UserQueries queries;

	private final PasswordHasher passwords;

	private final SessionRevocation sessions;

	private final AuditLog audit;

	UserService(DSLContext dsl, UserQueries queries, PasswordHasher passwords, SessionRevocation sessions,
			AuditLog audit) {
		this.dsl = dsl;
		this.queries = queries;
		this.passwords = passwords;
		this.sessions = sessions;
		this.audit = audit;
	}

	/**
	 * @throws EmailTakenException when any account already uses the e-mail
	 * @throws RoleNotAllowedException when an admin creates an owner
	 */
	@Transactional
	UserView create(CurrentUser actor, CreateUserRequest request) {
		if (request.role() == UserRole.owner && actor.role() != UserRole.owner) {
			throw new RoleNotAllowedException("Only owners can create owners.");
		}
		AppUserRecord created;
		try {
			created = dsl.insertInto(APP_USER)
				.set(APP_USER.TENANT_ID, actor.tenantId())
				.set(APP_USER.EMAIL, request.email().trim())
				.set(APP_USER.DISPLAY_NAME, request.displayName().trim())
				.set(APP_USER.PASSWORD_HASH, passwords.hash(request.password()))
				.set(APP_USER.ROLE, request.role())
				.returning()
				.fetchSingle();
		}
		catch (DuplicateKeyException e) {
			throw new EmailTakenException(request.email().trim());
		}
		audit.record(actor.tenantId(), AuditLog.Actor.of(actor), "user.created",
				AuditLog.Target.of("user", created.getId()),
				Map.of("email", created.getEmail(), "role", created.getRole().getLiteral()));
		return UserQueries.view(created);
	}

	/**
	 * @throws NotFoundException when the user is not in the caller's tenant
	 * @throws LastOwnerException when the change would leave no active owner
	 * @throws RoleNotAllowedException when an admin touches ownership
	 */
	@Transactional
	UserView update(CurrentUser actor, long userId, UpdateUserRequest request) {
		AppUserRecord user = find(actor, userId);
		boolean roleChanges = request.role() != null && request.role() != user.getRole();
		boolean disabling = Boolean.TRUE.equals(request.disabled()) && !user.getDisabled();
		if ((roleChanges || disabling) && user.getRole() == UserRole.owner) {
			requireOwner(actor, "Only owners can change or disable an owner.");
			requireAnotherActiveOwner(actor.tenantId(), userId);
		}
		if (roleChanges && request.role() == UserRole.owner) {
			requireOwner(actor, "Only owners can make someone owner.");
		}
		Map<String, Object> changes = new LinkedHashMap<>();
		if (request.displayName() != null && !request.displayName().trim().equals(user.getDisplayName())) {
			changes.put("displayName", request.displayName().trim());
			user.setDisplayName(request.displayName().trim());
		}
		if (request.disabled() != null && !Objects.equals(request.disabled(), user.getDisabled())) {
			changes.put("disabled", request.disabled());
			user.setDisabled(request.disabled());
		}
		if (roleChanges) {
			audit.record(actor.tenantId(), AuditLog.Actor.of(actor), "user.role_changed",
					AuditLog.Target.of("user", userId),
					Map.of("from", user.getRole().getLiteral(), "to", request.role().getLiteral()));
			user.setRole(request.role());
		}
		if (user.changed()) {
			user.store();
		}
		if (!changes.isEmpty()) {
			audit.record(actor.tenantId(), AuditLog.Actor.of(actor), "user.updated", AuditLog.Target.of("user", userId),
					changes);
		}
		if (roleChanges || disabling) {
			sessions.revokeAllOf(userId, roleChanges ? "role changed" : "account disabled");
		}
		return UserQueries.view(user);
	}

	/**
	 * @throws NotFoundException when the user is not in the caller's tenant
	 * @throws LastOwnerException when the user is the last active owner
	 */
	@Transactional
	void delete(CurrentUser actor, long userId) {
		AppUserRecord user = find(actor, userId);
		if (user.getRole() == UserRole.owner) {
			requireOwner(actor, "Only owners can remove an owner.");
			requireAnotherActiveOwner(actor.tenantId(), userId);
		}
		user.delete();
		audit.record(actor.tenantId(), AuditLog.Actor.of(actor), "user.deleted", AuditLog.Target.of("user", userId),
				Map.of("email", user.getEmail()));
	}

	private AppUserRecord find(CurrentUser actor, long userId) {
		AppUserRecord user = queries.lockForUpdate(actor.tenantId(), userId);
		if (user == null) {
			throw new NotFoundException("user", userId);
		}
		return user;
	}

	private void requireAnotherActiveOwner(long tenantId, long userId) {
		// Lock every owner row, so two concurrent demotions cannot both see the other as
		// remaining owner.
		int others = dsl.selectFrom(APP_USER)
			.where(APP_USER.TENANT_ID.eq(tenantId))
			.and(APP_USER.ROLE.eq(UserRole.owner))
			.forUpdate()
			.fetch()
			.stream()
			.filter(owner -> owner.getId() != userId && !owner.getDisabled())
			.toList()
			.size();
		if (others == 0) {
			throw new LastOwnerException();
		}
	}

	private static void requireOwner(CurrentUser actor, String detail) {
		if (actor.role() != UserRole.owner) {
			throw new RoleNotAllowedException(detail);
		}
	}

}
