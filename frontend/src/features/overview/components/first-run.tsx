import { Link } from '@tanstack/react-router';

import { DownloadIcon, ImportsIcon } from '@/components/ui/icons';
import { Panel } from '@/components/ui/panel';
import { useCurrentUser } from '@/lib/auth';
import { canImport } from '@/lib/authorization';

/** The sample file served with the dashboard (frontend/public): 20 fictitious contacts. */
export const SAMPLE_CSV_URL = `${import.meta.env.BASE_URL}sample-contacts.csv`;

const PRIMARY =
  'inline-flex items-center gap-1.5 rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white shadow-xs hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600';
const SECONDARY =
  'inline-flex items-center gap-1.5 rounded-md bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-xs ring-1 ring-slate-300 ring-inset hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600';

/** The overview of a tenant without contacts: where to start, and a file to start with. */
export function FirstRun() {
  const me = useCurrentUser();
  const mayImport = canImport(me);
  return (
    <Panel>
      <section aria-labelledby="first-run-title" className="flex flex-col items-center px-6 py-10 text-center">
        <div className="mb-4 flex size-12 items-center justify-center rounded-full bg-indigo-50 text-indigo-600">
          <ImportsIcon className="size-6" />
        </div>
        <h2 id="first-run-title" className="text-lg font-semibold text-slate-900">
          Import your first file
        </h2>
        <p className="mt-2 max-w-lg text-sm text-slate-600">
          {mayImport
            ? `${me.tenant.name} has no contacts yet. Upload a CSV file of people (Excel, Google Sheets and CRMs export one): Leadline suggests which column is which, shows a preview, and imports it in the background. Its companies come along.`
            : `${me.tenant.name} has no contacts yet. An owner, admin or member can import a file of people; the figures appear here once they have.`}
        </p>
        <div className="mt-6 flex flex-wrap justify-center gap-3">
          {mayImport && (
            <Link to="/imports" className={PRIMARY}>
              <ImportsIcon className="size-4" />
              Import your first file
            </Link>
          )}
          <a href={SAMPLE_CSV_URL} download="sample-contacts.csv" className={SECONDARY}>
            <DownloadIcon className="size-4" />
            Download a sample CSV
          </a>
        </div>
        <p className="mt-3 text-xs text-slate-500">
          The sample holds 20 made-up contacts at 18 companies in 18 countries, to try an import without real data.
        </p>
      </section>
    </Panel>
  );
}
