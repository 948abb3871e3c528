import { CountryFilterSelect, FilterChipList, FilterSelect } from '@/components/ui/filter-controls';
import { countryName } from '@/lib/format';

import type { CompaniesSearch } from '@/features/companies/utils/companies-search';

type Props = { search: CompaniesSearch; onChange: (search: CompaniesSearch) => void };

/** The companies filters: countries (one more each time) and whether there is a domain. */
export function CompaniesFilters({ search, onChange }: Props) {
  const selected = search.country ?? [];
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Filters">
      <CountryFilterSelect
        selected={selected}
        onAdd={(code) => onChange({ ...search, country: [...selected.filter((c) => c !== code), code] })}
      />
      <FilterSelect
        label="Domain"
        className="w-40"
        value={search.hasDomain === undefined ? '' : String(search.hasDomain)}
        active={search.hasDomain !== undefined}
        onChange={(value) => onChange({ ...search, hasDomain: value === '' ? undefined : value === 'true' })}
      >
        <option value="">Any domain</option>
        <option value="true">Has a domain</option>
        <option value="false">No domain</option>
      </FilterSelect>
    </div>
  );
}

/** A chip per filter in effect. */
export function CompanyFilterChips({ search, onChange }: Props) {
  const chips = [
    ...(search.country ?? []).map((code) => ({
      key: `country:${code}`,
      label: `Country: ${countryName(code)}`,
      onRemove: () => {
        const rest = (search.country ?? []).filter((c) => c !== code);
        onChange({ ...search, country: rest.length ? rest : undefined });
      },
    })),
    ...(search.hasDomain === undefined
      ? []
      : [
          {
            key: 'hasDomain',
            label: search.hasDomain ? 'Has a domain' : 'No domain',
            onRemove: () => onChange({ ...search, hasDomain: undefined }),
          },
        ]),
  ];
  return <FilterChipList chips={chips} onClearAll={() => onChange({ q: search.q, sort: search.sort })} />;
}
