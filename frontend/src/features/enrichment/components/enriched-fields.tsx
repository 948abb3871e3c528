import { Link } from '@tanstack/react-router';

import { ErrorFallback } from '@/components/ui/error-fallback';
import { Skeleton } from '@/components/ui/skeleton';
import { Timestamp } from '@/components/ui/timestamp';
import { SidewaysScroll } from '@/components/ui/table';
import { webAddress } from '@/lib/urls';

import { useEnrichedFields, type EnrichedEntity } from '@/features/enrichment/api/get-enriched-fields';
import { FieldValue } from '@/features/enrichment/components/company-insights';

/** Field names as the stages write them, in words; unknown ones are shown as they are. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  emailStatus: 'E-mail status',
  emailCheck: 'E-mail check',
  phoneCountry: 'Phone country',
  seniority: 'Seniority',
  department: 'Department',
  phoneE164: 'Phone',
  phoneType: 'Phone type',
  linkedinUrl: 'LinkedIn URL',
  industry: 'Industry',
  employees: 'Employees',
  employeeCount: 'Employees',
  fitScore: 'Fit score',
  fitReasons: 'Fit reasons',
  summary: 'Summary',
  industryClass: 'Industry (research)',
  employeeRange: 'Employees (research)',
  businessModel: 'Business model',
  socialLinks: 'Social links',
  countryHints: 'Country hints',
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

/** The values enrichment found for a contact or company, each with where and when it came from. */
export function EnrichedFields({ entity, id }: { entity: EnrichedEntity; id: number }) {
  const query = useEnrichedFields(entity, id);
  if (query.isPending) {
    return <Skeleton className="h-16 w-full" />;
  }
  if (query.data === undefined) {
    return <ErrorFallback error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (query.data.length === 0) {
    return (
      <p className="text-sm text-slate-500">
        Not enriched yet.{' '}
        <Link
          to="/enrichment"
          className="font-medium text-indigo-600 hover:text-indigo-500 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
        >
          Start an enrichment run
        </Link>{' '}
        to find e-mail status, seniority, department and more.
      </p>
    );
  }
  return (
    <SidewaysScroll label="Enriched fields" className="-my-5">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Enriched fields with their source and date</caption>
        <thead>
          <tr className="text-xs font-medium text-slate-500 uppercase">
            <th scope="col" className="px-5 py-2.5">
              Field
            </th>
            <th scope="col" className="px-3 py-2.5">
              Value
            </th>
            <th scope="col" className="px-3 py-2.5">
              Source
            </th>
            <th scope="col" className="px-5 py-2.5">
              Found
            </th>
          </tr>
        </thead>
        <tbody>
          {query.data.map((field) => (
            <tr key={field.field} className="border-t border-slate-100">
              <th scope="row" className="px-5 py-2.5 font-medium text-slate-900">
                {fieldLabel(field.field)}
              </th>
              <td className="max-w-96 px-3 py-2.5 text-slate-700">
                <FieldValue field={field} />
              </td>
              <td className="px-3 py-2.5 text-slate-500">
                {field.url && webAddress(field.url) ? (
                  <a
                    href={field.url}
                    target="_blank"
                    rel="noopener noreferrer nofollow"
                    title={field.url}
                    className="hover:text-indigo-600 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
                  >
                    {field.source ?? 'unknown'}
                    <span className="sr-only"> (page it was read from, opens in a new tab)</span>
                  </a>
                ) : (
                  (field.source ?? 'unknown')
                )}
              </td>
              <td className="px-5 py-2.5 text-slate-500">
                <Timestamp value={field.fetchedAt} short missing="unknown" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </SidewaysScroll>
  );
}
