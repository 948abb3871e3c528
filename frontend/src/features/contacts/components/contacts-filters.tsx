import { CountryFilterSelect, FilterChipList, FilterSelect } from '@/components/ui/filter-controls';

import {
  activeFilters,
  CONTACT_SORT_LABELS,
  CONTACT_SORTS,
  CREATED_WITHIN_DAYS,
  DEFAULT_CONTACT_SORT,
  DEPARTMENT_LABELS,
  DEPARTMENTS,
  EMAIL_STATUS_LABELS,
  EMAIL_STATUSES,
  SENIORITIES,
  SENIORITY_LABELS,
  withValue,
  type ContactSort,
  type ContactsSearch,
} from '@/features/contacts/utils/contacts-search';

type FiltersProps = {
  search: ContactsSearch;
  onChange: (search: ContactsSearch) => void;
};

/**
 * The filter menus. Country, e-mail status, seniority and department add one value each time
 * (a chip shows it);
 * the others pick one state.
 */
export function ContactsFilters({ search, onChange }: FiltersProps) {
  const selectedStatuses = search.emailStatus ?? [];

  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Filters">
      <CountryFilterSelect
        selected={search.country ?? []}
        onAdd={(code) => onChange({ ...search, country: withValue(search.country, code) })}
      />
      <FilterSelect
        label="E-mail"
        className="w-36"
        value={booleanValue(search.hasEmail)}
        active={search.hasEmail !== undefined}
        onChange={(value) => onChange({ ...search, hasEmail: booleanOf(value) })}
      >
        <option value="">Any e-mail</option>
        <option value="true">Has e-mail</option>
        <option value="false">No e-mail</option>
      </FilterSelect>
      <FilterSelect
        label="Phone"
        className="w-36"
        value={booleanValue(search.hasPhone)}
        active={search.hasPhone !== undefined}
        onChange={(value) => onChange({ ...search, hasPhone: booleanOf(value) })}
      >
        <option value="">Any phone</option>
        <option value="true">Has phone</option>
        <option value="false">No phone</option>
      </FilterSelect>
      <FilterSelect
        label="Add an e-mail status filter"
        className="w-40"
        value=""
        onChange={(value) => {
          const status = EMAIL_STATUSES.find((candidate) => candidate === value);
          if (status) {
            onChange({ ...search, emailStatus: withValue(search.emailStatus, status) });
          }
        }}
      >
        <option value="" disabled>
          E-mail status
        </option>
        {EMAIL_STATUSES.map((status) => (
          <option key={status} value={status} disabled={selectedStatuses.includes(status)}>
            {EMAIL_STATUS_LABELS[status]}
          </option>
        ))}
      </FilterSelect>
      <ListFilter
        label="Add a seniority filter"
        placeholder="Seniority"
        className="w-32"
        values={SENIORITIES}
        labels={SENIORITY_LABELS}
        selected={search.seniority}
        onAdd={(seniority) => onChange({ ...search, seniority: withValue(search.seniority, seniority) })}
      />
      <ListFilter
        label="Add a department filter"
        placeholder="Department"
        className="w-36"
        values={DEPARTMENTS}
        labels={DEPARTMENT_LABELS}
        selected={search.department}
        onAdd={(department) => onChange({ ...search, department: withValue(search.department, department) })}
      />
      <FilterSelect
        label="Created"
        className="w-36"
        value={search.createdWithin === undefined ? '' : String(search.createdWithin)}
        active={search.createdWithin !== undefined}
        onChange={(value) =>
          onChange({
            ...search,
            createdWithin: CREATED_WITHIN_DAYS.find((days) => String(days) === value),
          })
        }
      >
        <option value="">Any time</option>
        {CREATED_WITHIN_DAYS.map((days) => (
          <option key={days} value={days}>
            Last {days} days
          </option>
        ))}
      </FilterSelect>
    </div>
  );
}

/** The order of the list; the same as clicking a column header, plus orders without a column. */
export function ContactsSortSelect({ search, onChange }: FiltersProps) {
  return (
    <FilterSelect
      label="Sort by"
      className="w-44"
      value={search.sort ?? DEFAULT_CONTACT_SORT}
      onChange={(value) => {
        const sort = CONTACT_SORTS.find((candidate) => candidate === value);
        onChange({ ...search, sort: sort === DEFAULT_CONTACT_SORT ? undefined : sort });
      }}
    >
      {CONTACT_SORTS.map((sort: ContactSort) => (
        <option key={sort} value={sort}>
          {CONTACT_SORT_LABELS[sort]}
        </option>
      ))}
    </FilterSelect>
  );
}

/** One chip per filter in effect; a click removes that filter. */
export function FilterChips({ search, onChange }: FiltersProps) {
  return (
    <FilterChipList
      chips={activeFilters(search).map((chip) => ({ ...chip, onRemove: () => onChange(chip.without) }))}
      onClearAll={() => onChange({ q: search.q, sort: search.sort })}
    />
  );
}

type ListFilterProps<T extends string> = {
  label: string;
  placeholder: string;
  className: string;
  values: readonly T[];
  labels: Readonly<Record<T, string>>;
  selected: readonly T[] | undefined;
  onAdd: (value: T) => void;
};

/** A menu that adds one value of a list filter; values already chosen are greyed out. */
function ListFilter<T extends string>({ label, placeholder, className, values, labels, selected, onAdd }: ListFilterProps<T>) {
  return (
    <FilterSelect
      label={label}
      className={className}
      value=""
      onChange={(value) => {
        const chosen = values.find((candidate) => candidate === value);
        if (chosen) {
          onAdd(chosen);
        }
      }}
    >
      <option value="" disabled>
        {placeholder}
      </option>
      {values.map((value) => (
        <option key={value} value={value} disabled={selected?.includes(value)}>
          {labels[value]}
        </option>
      ))}
    </FilterSelect>
  );
}

function booleanValue(value: boolean | undefined): string {
  return value === undefined ? '' : String(value);
}

function booleanOf(value: string): boolean | undefined {
  return value === '' ? undefined : value === 'true';
}
