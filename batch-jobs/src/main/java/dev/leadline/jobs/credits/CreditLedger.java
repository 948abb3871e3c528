package dev.leadline.jobs.credits;

import static dev.leadline.db.jooq.Tables.CREDIT_ACCOUNT;
import static dev.leadline.db.jooq.Tables.CREDIT_CHARGE;
import static dev.leadline.db.jooq.Tables.CREDIT_LEDGER;

import dev.leadline.db.jooq.enums.CreditEntryKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.OffsetDateTime;
import java.util.Collection;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Moves a tenant's credits, each movement with its ledger entry in the same transaction.
 * Every method runs in the caller's transaction (it must have one) and tenant scope. The
 * account row is the lock: holds of two concurrent runs queue on it, so they can never
 * together hold more than the balance.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class CreditLedger {

	private final DSLContext dsl;

	private final MeterRegistry registry;

	CreditLedger(DSLContext dsl, ObjectProvider<MeterRegistry> registry) {
		this.dsl = dsl;
		this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
	}

	@Transactional(propagation = Propagation.SUPPORTS)
	public CreditBalance balance(long tenantId) {
		Record2<Long, Long> account = this.dsl.select(CREDIT_ACCOUNT.BALANCE, CREDIT_ACCOUNT.HELD)
			.from(CREDIT_ACCOUNT)
			.where(CREDIT_ACCOUNT.TENANT_ID.eq(tenantId))
			.fetchOne();
		return (account == null) ? CreditBalance.NONE : new CreditBalance(account.value1(), account.value2());
	}

	/** Adds credits the tenant bought (a platform admin records it). */
	public CreditBalance topUp(long tenantId, long amount, Long userId, String note) {
		return add(tenantId, CreditEntryKind.top_up, amount, null, userId, note);
	}

	/** Gives credits back, e.g. for a disputed run. */
	public CreditBalance refund(long tenantId, long amount, Long runId, Long userId, String note) {
		return add(tenantId, CreditEntryKind.refund, amount, runId, userId, note);
	}

	/**
	 * Reserves credits for a run, only if the available credits cover them.
	 * @return whether they were held
	 */
	public boolean hold(long tenantId, long runId, String stage, long amount) {
		if (amount <= 0) {
			return true;
		}
		int held = this.dsl.update(CREDIT_ACCOUNT)
			.set(CREDIT_ACCOUNT.HELD, CREDIT_ACCOUNT.HELD.plus(amount))
			.set(CREDIT_ACCOUNT.UPDATED_AT, OffsetDateTime.now())
			.where(CREDIT_ACCOUNT.TENANT_ID.eq(tenantId))
			.and(CREDIT_ACCOUNT.BALANCE.minus(CREDIT_ACCOUNT.HELD).ge(amount))
			.execute();
		if (held == 1) {
			entry(tenantId, CreditEntryKind.hold, amount, null, runId, stage, null, null);
		}
		else {
			afterCommit(() -> Counter.builder("leadline.credits.holds.refused")
				.description("Holds refused because the available credits did not cover them")
				.tag("tenant", Long.toString(tenantId))
				.register(this.registry)
				.increment());
		}
		return held == 1;
	}

	/** Gives back what a run held and will not spend. */
	public void release(long tenantId, long runId, String stage, long amount) {
		if (amount <= 0) {
			return;
		}
		this.dsl.update(CREDIT_ACCOUNT)
			.set(CREDIT_ACCOUNT.HELD, CREDIT_ACCOUNT.HELD.minus(amount))
			.set(CREDIT_ACCOUNT.UPDATED_AT, OffsetDateTime.now())
			.where(CREDIT_ACCOUNT.TENANT_ID.eq(tenantId))
			.execute();
		entry(tenantId, CreditEntryKind.release, amount, null, runId, stage, null, null);
	}

	/**
	 * Charges a run's delivered items from what it holds, each item at most once ever:
	 * items already charged (a retried chunk) are left out.
	 * @return what was charged now
	 */
	public long charge(long tenantId, long runId, String stage, Collection<Long> itemIds, int costPerItem) {
		if (itemIds.isEmpty() || costPerItem <= 0) {
			return 0;
		}
		int charged = this.dsl
			.insertInto(CREDIT_CHARGE, CREDIT_CHARGE.TENANT_ID, CREDIT_CHARGE.RUN_ID, CREDIT_CHARGE.STAGE,
					CREDIT_CHARGE.ITEM_ID, CREDIT_CHARGE.AMOUNT)
			.select(DSL
				.select(DSL.val(tenantId), DSL.val(runId), DSL.val(stage), DSL.field("i", Long.class),
						DSL.val(costPerItem))
				.from(DSL.unnest(itemIds.toArray(Long[]::new)).as("u", "i")))
			.onConflictDoNothing()
			.execute();
		long amount = (long) charged * costPerItem;
		if (amount > 0) {
			this.dsl.update(CREDIT_ACCOUNT)
				.set(CREDIT_ACCOUNT.BALANCE, CREDIT_ACCOUNT.BALANCE.minus(amount))
				.set(CREDIT_ACCOUNT.HELD, CREDIT_ACCOUNT.HELD.minus(amount))
				.set(CREDIT_ACCOUNT.UPDATED_AT, OffsetDateTime.now())
				.where(CREDIT_ACCOUNT.TENANT_ID.eq(tenantId))
				.execute();
			entry(tenantId, CreditEntryKind.charge, amount, charged, runId, stage, null, null);
		}
		return amount;
	}

	private CreditBalance add(long tenantId, CreditEntryKind kind, long amount, Long runId, Long userId, String note) {
		if (amount <= 0) {
			throw new IllegalArgumentException("A " + kind.getLiteral() + " must be a positive amount: " + amount);
		}
		this.dsl.insertInto(CREDIT_ACCOUNT)
			.set(CREDIT_ACCOUNT.TENANT_ID, tenantId)
			.set(CREDIT_ACCOUNT.BALANCE, amount)
			.onConflict(CREDIT_ACCOUNT.TENANT_ID)
			.doUpdate()
			.set(CREDIT_ACCOUNT.BALANCE, CREDIT_ACCOUNT.BALANCE.plus(amount))
			.set(CREDIT_ACCOUNT.UPDATED_AT, OffsetDateTime.now())
			.execute();
		entry(tenantId, kind, amount, null, runId, null, userId, note);
		return balance(tenantId);
	}

	private void entry(long tenantId, CreditEntryKind kind, long amount, Integer items, Long runId, String stage,
			Long userId, String note) {
		this.dsl.insertInto(CREDIT_LEDGER)
			.set(CREDIT_LEDGER.TENANT_ID, tenantId)
			.set(CREDIT_LEDGER.KIND, kind)
			.set(CREDIT_LEDGER.AMOUNT, amount)
			.set(CREDIT_LEDGER.ITEMS, items)
			.set(CREDIT_LEDGER.RUN_ID, runId)
			.set(CREDIT_LEDGER.STAGE, stage)
			.set(CREDIT_LEDGER.USER_ID, userId)
			.set(CREDIT_LEDGER.NOTE, note)
			.execute();
		afterCommit(() -> Counter.builder("leadline.credits.moved")
			.description("Credits moved, by tenant and ledger entry kind (top_up, refund, hold, release, charge)")
			.tag("tenant", Long.toString(tenantId))
			.tag("kind", kind.getLiteral())
			.register(this.registry)
			.increment(amount));
	}

	/** Metrics count what was committed: a rolled back chunk moved nothing. */
	private static void afterCommit(Runnable count) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			count.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				count.run();
			}
		});
	}

}
