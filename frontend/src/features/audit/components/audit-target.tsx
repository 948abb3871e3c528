import { Link } from '@tanstack/react-router';

import type { AuditEventView } from '@/features/audit/api/get-audit-events';

const LINK =
  'font-medium text-indigo-600 hover:text-indigo-500 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600';

const NAMES: Readonly<Record<string, string>> = {
  contact: 'Contact',
  company: 'Company',
  contact_import: 'Import',
  job_run: 'Job run',
  report: 'Report',
  user: 'User',
  session: 'Session',
  tenant: 'Tenant',
};

/**
 * What an event was about, linked to its page where the dashboard has one. A run of an
 * enrichment opens the enrichment run; a deleted target's page says it is gone.
 */
export function AuditTarget({ event }: { event: AuditEventView }) {
  const { targetType: type, targetId: id } = event;
  if (!type) {
    return null;
  }
  const name = NAMES[type] ?? type.replaceAll('_', ' ');
  if (!id) {
    return <span>{name}</span>;
  }
  const label = `${name} #${id}`;
  if (!/^[1-9]\d*$/.test(id)) {
    return (
      <span>
        {name} <span className="font-mono text-xs text-slate-500">{id}</span>
      </span>
    );
  }
  switch (type) {
    case 'contact':
      return (
        <Link to="/contacts/$contactId" params={{ contactId: id }} className={LINK}>
          {label}
        </Link>
      );
    case 'company':
      return (
        <Link to="/companies/$companyId" params={{ companyId: id }} className={LINK}>
          {label}
        </Link>
      );
    case 'contact_import':
      return (
        <Link to="/imports/$importId" params={{ importId: id }} className={LINK}>
          {label}
        </Link>
      );
    case 'report':
      return (
        <Link to="/reports/$reportId" params={{ reportId: id }} className={LINK}>
          {label}
        </Link>
      );
    case 'job_run':
      return event.action.startsWith('enrichment.') ? (
        <Link to="/enrichment/runs/$runId" params={{ runId: id }} className={LINK}>
          Enrichment run #{id}
        </Link>
      ) : (
        <Link to="/jobs/$runId" params={{ runId: id }} className={LINK}>
          {label}
        </Link>
      );
    case 'user':
      return (
        <Link to="/users" className={LINK}>
          {label}
        </Link>
      );
    default:
      return <span>{label}</span>;
  }
}
