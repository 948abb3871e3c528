package dev.leadline.api.companies;

import static dev.leadline.db.jooq.Tables.COMPANY;

import java.util.List;
import org.jooq.Field;
import org.jooq.SortField;

/** The orders of the companies list: a stored key and the id, each served by an index starting with the tenant. */
enum CompanySort {

    NAME("name", COMPANY.NAME_KEY), CREATED("created", null), UPDATED("updated", COMPANY.UPDATED_AT);

    static final String DEFAULT = "name";
    static final String ALLOWED = "name, -name, created, -created, updated, -updated";

    final String parameter;
    final Field<?> key;

    CompanySort(String parameter, Field<?> key) {
        this.parameter = parameter;
        this.key = key;
    }

    record Order(CompanySort sort, boolean descending) {

        static Order parse(String value) {
            String text = value == null || value.isBlank() ? DEFAULT : value.strip();
            boolean descending = text.startsWith("-");
            String name = descending ? text.substring(1) : text;
            for (CompanySort sort : values()) {
                if (sort.parameter.equals(name)) {
                    return new Order(sort, descending);
                }
            }
            throw new IllegalArgumentException("must be one of " + ALLOWED + "; got '" + value + "'");
        }

        String parameter() {
            return (descending ? "-" : "") + sort.parameter;
        }

        List<SortField<?>> fields() {
            SortField<Long> id = descending ? COMPANY.ID.desc() : COMPANY.ID.asc();
            return sort.key == null ? List.of(id) : List.of(descending ? sort.key.desc() : sort.key.asc(), id);
        }
    }
}
