package dev.leadline.api.savedviews;

import static dev.leadline.db.jooq.Tables.CONTACT_VIEW;

import dev.leadline.api.auth.CurrentUser;
import dev.leadline.api.system.problems.InvalidFieldException;
import dev.leadline.api.system.problems.NotFoundException;
import dev.leadline.db.jooq.tables.records.ContactViewRecord;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user's saved views. Every statement names the tenant and the user: another user's
 * view is missing, exactly like one that never existed.
 */
@Service
class SavedViews {

	static final int MAX_NAME = 100;

	static final int MAX_FILTERS = 30;

	static final int MAX_COLUMNS = 100;

	/** Views one user may keep. */
	static final int MAX_VIEWS = 200;

	static final String SORTS = "^-?(created|name|company|updated)$";

	private static final int MAX_FILTER_TEXT = 200;

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final DSLContext dsl;

	private final JsonMapper json;

	SavedViews(DSLContext dsl, JsonMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	@Transactional(readOnly = true)
	List<SavedView> list(CurrentUser user) {
		return dsl.selectFrom(CONTACT_VIEW)
			.where(CONTACT_VIEW.TENANT_ID.eq(user.tenantId()), CONTACT_VIEW.USER_ID.eq(user.userId()))
			.orderBy(DSL.lower(CONTACT_VIEW.NAME), CONTACT_VIEW.ID)
			.fetch(this::view);
	}

	/**
	 * @throws ViewNameTakenException when the user has a view of this name
	 * @throws TooManyViewsException when the user has {@link #MAX_VIEWS} views
	 * @throws InvalidFieldException when a filter is not a text, number, boolean or list
	 * of texts
	 */
	@Transactional
	SavedView create(CurrentUser user, SavedViewRequest request) {
		checkFilters(request.filters());
		// One user's creations queue behind each other, so the limit holds.
		dsl.execute("SELECT pg_advisory_xact_lock(hashtextextended('contact_view:' || {0}, 0))",
				DSL.val(user.userId()));
		if (dsl.fetchCount(CONTACT_VIEW, CONTACT_VIEW.TENANT_ID.eq(user.tenantId()),
				CONTACT_VIEW.USER_ID.eq(user.userId())) >= MAX_VIEWS) {
			throw new TooManyViewsException(MAX_VIEWS);
		}
		String name = request.name().strip();
		try {
			return view(dsl.insertInto(CONTACT_VIEW)
				.set(CONTACT_VIEW.TENANT_ID, user.tenantId())
				.set(CONTACT_VIEW.USER_ID, user.userId())
				.set(CONTACT_VIEW.NAME, name)
				.set(CONTACT_VIEW.FILTERS, jsonb(request.filters()))
				.set(CONTACT_VIEW.SORT, request.sort())
				.set(CONTACT_VIEW.COLUMNS, request.columns().toArray(String[]::new))
				.returning()
				.fetchSingle());
		}
		catch (DuplicateKeyException e) {
			throw new ViewNameTakenException(name);
		}
	}

	/**
	 * @throws NotFoundException when the view is not the user's
	 * @throws ViewNameTakenException when renamed to another view's name
	 * @throws InvalidFieldException when a filter is not a text, number, boolean or list
	 * of texts
	 */
	@Transactional
	SavedView update(CurrentUser user, long id, SavedViewPatch patch) {
		ContactViewRecord view = dsl.selectFrom(CONTACT_VIEW)
			.where(CONTACT_VIEW.TENANT_ID.eq(user.tenantId()), CONTACT_VIEW.USER_ID.eq(user.userId()),
					CONTACT_VIEW.ID.eq(id))
			.forUpdate()
			.fetchOne();
		if (view == null) {
			throw new NotFoundException("saved view", id);
		}
		if (patch.name() != null) {
			view.setName(patch.name().strip());
		}
		if (patch.filters() != null) {
			checkFilters(patch.filters());
			view.setFilters(jsonb(patch.filters()));
		}
		if (patch.sort() != null) {
			view.setSort(patch.sort());
		}
		if (patch.columns() != null) {
			view.setColumns(patch.columns().toArray(String[]::new));
		}
		try {
			view.update();
		}
		catch (DuplicateKeyException e) {
			throw new ViewNameTakenException(view.getName());
		}
		view.refresh();
		return view(view);
	}

	/**
	 * @throws NotFoundException when the view is not the user's
	 */
	@Transactional
	void delete(CurrentUser user, long id) {
		if (dsl.deleteFrom(CONTACT_VIEW)
			.where(CONTACT_VIEW.TENANT_ID.eq(user.tenantId()), CONTACT_VIEW.USER_ID.eq(user.userId()),
					CONTACT_VIEW.ID.eq(id))
			.execute() == 0) {
			throw new NotFoundException("saved view", id);
		}
	}

	private static void checkFilters(Map<String, Object> filters) {
		for (Map.Entry<String, Object> filter : filters.entrySet()) {
			if (filter.getKey().isBlank() || filter.getKey().length() > 50) {
				throw new InvalidFieldException("filters", "has a parameter name that is blank or over 50 characters");
			}
			Object value = filter.getValue();
			boolean fits = value instanceof List<?> list
					? list.size() <= 50 && list.stream().allMatch(SavedViews::isText)
					: value instanceof Number || value instanceof Boolean || isText(value);
			if (!fits) {
				throw new InvalidFieldException("filters." + filter.getKey(), "must be a text (up to " + MAX_FILTER_TEXT
						+ " characters), a number, a boolean or a list " + "of up to 50 texts");
			}
		}
	}

	private static boolean isText(Object value) {
		return value instanceof String text && text.length() <= MAX_FILTER_TEXT;
	}

	private JSONB jsonb(Map<String, Object> filters) {
		return JSONB.valueOf(json.writeValueAsString(filters));
	}

	private SavedView view(ContactViewRecord r) {
		return new SavedView(r.getId(), r.getName(), json.readValue(r.getFilters().data(), MAP), r.getSort(),
				Arrays.asList(r.getColumns()), r.getCreatedAt(), r.getUpdatedAt());
	}

}
