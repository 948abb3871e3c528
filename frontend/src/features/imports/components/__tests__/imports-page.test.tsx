import { describe, expect, it } from 'vitest';

import { buildImport, buildImportSummary } from '@/testing/data';
import { mockXhr } from '@/testing/fake-xhr';
import { jsonResponse, mockApi } from '@/testing/mock-fetch';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const completed = buildImportSummary({
  id: 4,
  fileName: 'messe-2026.csv',
  status: 'COMPLETED',
  jobId: 40,
  counts: {
    rows: 6,
    inserted: 5,
    updated: 0,
    unchanged: 0,
    duplicates: 0,
    rejected: 1,
    warnings: 0,
    companiesCreated: 2,
    staged: null,
    merged: 0,
  },
});
const waiting = buildImportSummary({ id: 3, fileName: 'draft.csv', estimatedRows: 1200 });

describe('Imports page', () => {
  it('lists past imports with their status and what became of their rows', async () => {
    mockApi({ 'GET /api/v1/imports': () => jsonResponse({ items: [completed, waiting], nextCursor: null }) });

    await renderApp('/imports');

    const table = await screen.findByRole('table', { name: 'Past imports' });
    const row = within(within(table).getByRole('link', { name: 'messe-2026.csv' }).closest('tr')!);
    expect(row.getByText('COMPLETED')).toBeInTheDocument();
    expect(row.getByText('5 new')).toBeInTheDocument();
    expect(row.getByText('1 rejected')).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'draft.csv' })).toHaveAttribute('href', '/imports/3');
    expect(within(table).getByText('~1,200')).toBeInTheDocument();
    expect(within(table).getByText('Waiting for its mapping')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Choose a file' })).toBeInTheDocument();
  });

  it('says so when there are no imports, and offers viewers no upload', async () => {
    mockApi({ 'GET /api/v1/imports': () => jsonResponse({ items: [], nextCursor: null }) });

    await renderApp('/imports', { user: { role: 'viewer' } });

    expect(await screen.findByText('No imports yet')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'New import' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Choose a file' })).not.toBeInTheDocument();
  });

  it('uploads a file with a progress bar and opens the new import', async () => {
    const sent = mockXhr();
    mockApi({
      'GET /api/v1/imports': () => jsonResponse({ items: [], nextCursor: null }),
      'GET /api/v1/imports/5': () => jsonResponse(buildImport()),
      'POST /api/v1/imports/5/preview': () => jsonResponse([]),
    });
    const { user, router } = await renderApp('/imports');
    const file = new File(['E-Mail;Vorname\nanna@example.com;Anna\n'], 'leads.csv', { type: 'text/csv' });

    await user.upload(screen.getByLabelText('CSV file'), file);

    const [request] = sent;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/api/v1/imports');
    expect(request?.requestHeaders.Authorization).toBe('Bearer access-1');
    expect((request?.body as FormData).get('file')).toBe(file);

    request!.progress(10, 40);
    const bar = await screen.findByRole('progressbar', { name: 'Upload of leads.csv' });
    expect(bar).toHaveAttribute('value', '25');
    expect(screen.getByText('25%')).toBeInTheDocument();

    request!.respond(201, buildImport());

    expect(await screen.findByRole('heading', { level: 1, name: 'leads.csv' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/imports/5');
  });

  it('shows why the API refused a file', async () => {
    const sent = mockXhr();
    mockApi({ 'GET /api/v1/imports': () => jsonResponse({ items: [], nextCursor: null }) });
    const { user } = await renderApp('/imports');

    await user.upload(screen.getByLabelText('CSV file'), new File([''], 'empty.csv'));
    sent[0]!.respond(
      422,
      {
        type: 'https://leadline.dev/problems/unreadable-file',
        title: 'The file cannot be imported',
        status: 422,
        detail: 'The file is empty.',
      },
      'application/problem+json',
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not upload empty.csv');
    expect(alert).toHaveTextContent('The file cannot be imported');
    expect(alert).toHaveTextContent('The file is empty.');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Choose a file' })).toBeEnabled());
  });
});
