import { afterEach, describe, expect, it, vi } from 'vitest';

import { buildImport } from '@/testing/data';
import { jsonResponse, leadlineProblem, mockApi, requestsOf } from '@/testing/mock-fetch';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const uploaded = buildImport();
const preview = [
  {
    line: 2,
    contact: {
      email: 'anna@example.com',
      firstName: 'Anna',
      lastName: null,
      phone: '+49301234567',
      attributes: { Stadt: 'Berlin' },
    },
    issues: [],
  },
  {
    line: 3,
    contact: null,
    issues: [{ severity: 'ERROR', column: 'E-Mail', value: 'not-an-address', reason: 'not a valid e-mail address' }],
  },
  {
    line: 4,
    contact: { email: 'carl@example.com', firstName: 'Carl', attributes: { Stadt: 'Berlin' } },
    issues: [{ severity: 'WARNING', column: 'Telefon', value: '', reason: 'blank; nothing kept' }],
  },
];
const counts = {
  rows: 3,
  inserted: 2,
  updated: 0,
  unchanged: 0,
  duplicates: 0,
  rejected: 1,
  warnings: 1,
  companiesCreated: 1,
  staged: null,
  merged: 0,
};

function bodiesOf(fetchMock: ReturnType<typeof mockApi>, method: string, path: string) {
  return Promise.all(
    requestsOf(fetchMock)
      .filter((request) => request.method === method && request.path === path)
      .map(({ request }) => request.clone().json() as Promise<unknown>),
  );
}

// jsdom has no object URLs; the download test lends the page its own.
const { createObjectURL, revokeObjectURL } = URL;

afterEach(() => {
  Object.assign(URL, { createObjectURL, revokeObjectURL });
});

describe('Import page', () => {
  it('shows the detected format, the suggested mapping and the preview with rejected rows', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/imports/5': () => jsonResponse(uploaded),
      'POST /api/v1/imports/5/preview': () => jsonResponse(preview),
    });

    const { user } = await renderApp('/imports/5');

    expect(await screen.findByRole('heading', { level: 1, name: 'leads.csv' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Delimiter' })).toHaveValue(';');
    expect(screen.getByText('Detected: Semicolon (;) · high confidence (100 %)')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'First row' })).toHaveValue('true');
    expect(screen.getByText('Detected: Column names · high confidence (90 %)')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Encoding' })).toHaveValue('UTF-8');
    expect(screen.getByRole('combobox', { name: 'Import “E-Mail” as' })).toHaveValue('EMAIL');
    const steps = screen.getByRole('navigation', { name: 'Import steps' });
    expect(within(steps).getByRole('button', { name: /Map columns/ })).toHaveAttribute('aria-current', 'step');
    expect(
      await screen.findByText('Of the first 3 rows: 1 ready, 1 with warnings, 1 rejected.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Preview' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next: review rows' }));

    expect(within(steps).getByRole('button', { name: /Review rows/ })).toHaveAttribute('aria-current', 'step');
    const table = await screen.findByRole('table', { name: 'Preview' });
    const rejected = within(within(table).getByRole('cell', { name: '3' }).closest('tr')!);
    expect(rejected.getByText('Rejected')).toBeInTheDocument();
    expect(rejected.getByText(/not a valid e-mail address/)).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: '+49301234567' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Stadt' })).toBeInTheDocument();
    const warned = within(within(table).getByRole('cell', { name: '4' }).closest('tr')!);
    expect(warned.getByText('With warnings')).toBeInTheDocument();
    expect(warned.getByText(/blank; nothing kept/)).toBeInTheDocument();
    expect(screen.getByText('1 would be rejected')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start import' })).toBeEnabled();

    await user.click(screen.getByRole('checkbox', { name: 'Only rows with warnings or rejections (2)' }));
    expect(within(table).queryByRole('cell', { name: '2' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to mapping' }));
    expect(screen.getByRole('combobox', { name: 'Import “E-Mail” as' })).toBeInTheDocument();

    expect(await bodiesOf(fetchMock, 'POST', '/api/v1/imports/5/preview')).toEqual([
      {
        columns: [
          { column: 0, field: 'EMAIL' },
          { column: 1, field: 'FIRST_NAME' },
          { column: 2, field: 'PHONE' },
          { column: 3, field: 'CUSTOM', attribute: 'Stadt' },
        ],
        existing: 'FILL_BLANKS',
        allowWithoutEmail: false,
        fillMissingValues: true,
      },
    ]);
  });

  it('previews a changed mapping, confirms it, starts, follows the run and shows the counts', async () => {
    let current = uploaded;
    const fetchMock = mockApi({
      'GET /api/v1/imports/5': () => {
        // The run moves on every time the page asks.
        current =
          current.status === 'QUEUED'
            ? { ...current, status: 'COMPLETED', counts, startedAt: '2026-11-29T17:01:00Z', finishedAt: '2026-11-29T17:01:02Z' }
            : current;
        return jsonResponse(current);
      },
      'POST /api/v1/imports/5/preview': () => jsonResponse(preview),
      'PUT /api/v1/imports/5/mapping': () => jsonResponse(current),
      'POST /api/v1/imports/5/start': () => {
        current = { ...current, status: 'QUEUED', jobId: 42 };
        return jsonResponse(current, { status: 202 });
      },
    });
    const { user } = await renderApp('/imports/5');

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Import “Vorname” as' }), 'IGNORE');
    await user.type(screen.getByRole('textbox', { name: /Default country/ }), 'de');
    await user.click(screen.getByRole('radio', { name: /Overwrite/ }));

    const expected = {
      columns: [
        { column: 0, field: 'EMAIL' },
        { column: 2, field: 'PHONE' },
        { column: 3, field: 'CUSTOM', attribute: 'Stadt' },
      ],
      existing: 'OVERWRITE',
      defaultCountry: 'DE',
      allowWithoutEmail: false,
      fillMissingValues: true,
    };
    await waitFor(
      async () => expect((await bodiesOf(fetchMock, 'POST', '/api/v1/imports/5/preview')).at(-1)).toEqual(expected),
      { timeout: 2_000 },
    );

    await user.click(screen.getByRole('button', { name: 'Start import' }));

    expect(await screen.findByRole('region', { name: 'Progress' })).toBeInTheDocument();
    expect(await bodiesOf(fetchMock, 'PUT', '/api/v1/imports/5/mapping')).toEqual([expected]);
    const start = requestsOf(fetchMock).find(({ method, path }) => method === 'POST' && path === '/api/v1/imports/5/start');
    expect(start?.request.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(screen.getByRole('link', { name: 'Run #42' })).toHaveAttribute('href', '/jobs/42');

    const result = await screen.findByRole('region', { name: 'Result' }, { timeout: 3_000 });
    const tile = (label: string) => within(result).getByText(label).nextElementSibling;
    expect(tile('Inserted')).toHaveTextContent('2');
    expect(tile('Rejected')).toHaveTextContent('1');
    expect(tile('Companies created')).toHaveTextContent('1');
    // Seen finishing on this page: announced, not only shown.
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Import completed');
    expect(screen.getByRole('progressbar', { name: 'Progress of import #5' })).toHaveAttribute('value', '100');
    expect(screen.getByRole('button', { name: 'Download rejected rows' })).toBeEnabled();
  });

  it('downloads the rejected rows with the access token, named as the server says', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/imports/5': () =>
        jsonResponse(buildImport({ status: 'COMPLETED', jobId: 42, counts })),
      'GET /api/v1/imports/5/errors': () =>
        new Response('line,severity\n3,ERROR\n', {
          headers: {
            'Content-Type': 'text/csv;charset=UTF-8',
            'Content-Disposition': 'attachment; filename="import-5-rejected.csv"',
          },
        }),
    });
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:leadline/1'), revokeObjectURL: vi.fn() });
    const clicked: { download: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
    const { user } = await renderApp('/imports/5');

    await user.click(await screen.findByRole('button', { name: 'Download rejected rows' }));

    await waitFor(() => expect(clicked).toEqual([{ download: 'import-5-rejected.csv', href: 'blob:leadline/1' }]));
    const download = requestsOf(fetchMock).find(({ path }) => path === '/api/v1/imports/5/errors');
    expect(download?.query.get('warnings')).toBe('false');
    expect(download?.request.headers.get('Authorization')).toBe('Bearer access-1');
    expect(download?.request.headers.get('Accept')).toContain('text/csv');
  });

  it('warns when two columns go to the same field, and sends nothing until it is resolved', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/imports/5': () => jsonResponse(uploaded),
      'POST /api/v1/imports/5/preview': () => jsonResponse(preview),
    });
    const { user } = await renderApp('/imports/5');
    await screen.findByText(/Of the first 3 rows/);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Import “Vorname” as' }), 'EMAIL');

    expect(screen.getByRole('alert')).toHaveTextContent(
      'E-mail is chosen for “E-Mail” and “Vorname”; only one column can go there.',
    );
    expect(screen.getByRole('button', { name: 'Start import' })).toBeDisabled();
    expect(screen.getByText('The mapping has problems to resolve first.')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(requestsOf(fetchMock).filter(({ path }) => path.endsWith('/preview'))).toHaveLength(1);
  });

  it('shows every problem the API names for a mapping it cannot use', async () => {
    mockApi({
      'GET /api/v1/imports/5': () => jsonResponse(uploaded),
      'POST /api/v1/imports/5/preview': () =>
        leadlineProblem('invalid-mapping', 422, {
          title: 'The mapping cannot be used',
          detail: 'No column is mapped to EMAIL. defaultCountry must be…',
          problems: ['No column is mapped to EMAIL.', 'defaultCountry must be an ISO 3166 alpha-2 code.'],
        }),
    });

    await renderApp('/imports/5');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The mapping cannot be used');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'No column is mapped to EMAIL.',
      'defaultCountry must be an ISO 3166 alpha-2 code.',
    ]);
  });

  it('reads the file again when a setting changes', async () => {
    const commaSeparated = buildImport({
      format: { ...uploaded.format, delimiter: ',' },
      headers: ['E-Mail;Vorname;Telefon;Stadt'],
      sampleRows: [['anna@example.com;Anna;030 1234567;Berlin']],
      suggestions: [{ column: 0, header: 'E-Mail;Vorname;Telefon;Stadt', field: 'EMAIL', confidence: 0.4, reason: 'values look like email' }],
    });
    const fetchMock = mockApi({
      'GET /api/v1/imports/5': () => jsonResponse(uploaded),
      'PUT /api/v1/imports/5/format': () => jsonResponse(commaSeparated),
      'POST /api/v1/imports/5/preview': () => jsonResponse(preview),
    });
    const { user } = await renderApp('/imports/5');

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Delimiter' }), 'Tab');

    expect(await bodiesOf(fetchMock, 'PUT', '/api/v1/imports/5/format')).toEqual([{ delimiter: '\t' }]);
    expect(await screen.findByRole('combobox', { name: 'Import “E-Mail;Vorname;Telefon;Stadt” as' })).toHaveValue('EMAIL');
    expect(screen.getAllByRole('combobox', { name: /^Import “/ })).toHaveLength(1);
  });

  it('reads the first row as data when the user says it is no header', async () => {
    const withoutHeader = buildImport({
      format: { ...uploaded.format, hasHeader: false, confidence: { encoding: 100, delimiter: 100, header: null } },
      headers: ['Column 1', 'Column 2', 'Column 3', 'Column 4'],
      sampleRows: [['E-Mail', 'Vorname', 'Telefon', 'Stadt'], ...uploaded.sampleRows],
    });
    const fetchMock = mockApi({
      'GET /api/v1/imports/5': () => jsonResponse(uploaded),
      'PUT /api/v1/imports/5/format': () => jsonResponse(withoutHeader),
      'POST /api/v1/imports/5/preview': () => jsonResponse(preview),
    });
    const { user } = await renderApp('/imports/5');

    await user.selectOptions(await screen.findByRole('combobox', { name: 'First row' }), 'Data (no header row)');

    expect(await bodiesOf(fetchMock, 'PUT', '/api/v1/imports/5/format')).toEqual([{ hasHeader: false }]);
    expect(await screen.findByText('Your choice; detected: Column names')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'First row' })).toHaveValue('false');
  });

  it('keeps the settings chosen before when another one changes, and offers East-Asian encodings', async () => {
    const japanese = buildImport({
      detected: { ...uploaded.detected, encoding: 'GB18030', confidence: { encoding: 45, delimiter: 100, header: 90 } },
      format: { ...uploaded.format, encoding: 'Shift_JIS', confidence: { encoding: null, delimiter: 100, header: 90 } },
    });
    const fetchMock = mockApi({
      'GET /api/v1/imports/5': () => jsonResponse(japanese),
      'PUT /api/v1/imports/5/format': () => jsonResponse(japanese),
      'POST /api/v1/imports/5/preview': () => jsonResponse(preview),
    });
    const { user } = await renderApp('/imports/5');

    const encoding = await screen.findByRole('combobox', { name: 'Encoding' });
    expect(encoding).toHaveValue('Shift_JIS');
    expect(within(encoding).getAllByRole('option').map((option) => option.textContent)).toEqual(
      expect.arrayContaining(['Shift_JIS (Japanese)', 'GB18030 (Simplified Chinese)', 'Big5 (Traditional Chinese)', 'EUC-KR (Korean)']),
    );
    expect(screen.getByText('Your choice; detected: GB18030')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Delimiter' }), 'Tab');

    expect(await bodiesOf(fetchMock, 'PUT', '/api/v1/imports/5/format')).toEqual([
      { encoding: 'Shift_JIS', delimiter: '\t' },
    ]);
  });

  it('says how sure a low-confidence detection is', async () => {
    mockApi({
      'GET /api/v1/imports/5': () =>
        jsonResponse(
          buildImport({
            detected: { ...uploaded.detected, encoding: 'Big5', confidence: { encoding: 40, delimiter: 60, header: 55 } },
            format: { ...uploaded.format, encoding: 'Big5', confidence: { encoding: 40, delimiter: 60, header: 55 } },
          }),
        ),
      'POST /api/v1/imports/5/preview': () => jsonResponse(preview),
    });

    await renderApp('/imports/5');

    expect(await screen.findByText('Detected: Big5 · low confidence (40 %)')).toBeInTheDocument();
    expect(screen.getByText('Detected: Semicolon (;) · medium confidence (60 %)')).toBeInTheDocument();
  });

  it('lets viewers look at the setup but not change or start it', async () => {
    mockApi({
      'GET /api/v1/imports/5': () => jsonResponse(uploaded),
      'POST /api/v1/imports/5/preview': () => jsonResponse(preview),
    });

    const { user } = await renderApp('/imports/5', { user: { role: 'viewer' } });

    expect(await screen.findByText(/Viewers see how a file would be imported/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Delimiter' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Import “E-Mail” as' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Start import' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next: review rows' }));
    expect(await screen.findByRole('table', { name: 'Preview' })).toBeInTheDocument();
  });

  it('warns that the same file was imported before, naming that import, and still lets it start', async () => {
    mockApi({
      'GET /api/v1/imports/5': () =>
        jsonResponse(
          buildImport({
            sameFile: {
              importId: 3,
              fileName: 'leads-november.csv',
              importedAt: '2026-11-28T09:30:00Z',
              message: 'This file was already imported on 2026-11-28 (import 3, leads-november.csv).',
            },
          }),
        ),
      'POST /api/v1/imports/5/preview': () => jsonResponse(preview),
    });

    await renderApp('/imports/5');

    const warning = await screen.findByText(/Same file as an earlier import/);
    expect(warning.closest('p')).toHaveTextContent(/imported on .*28.* as import #3 \(leads-november\.csv\)/);
    expect(within(warning.closest('p')!).getByRole('link', { name: /import #3/ })).toHaveAttribute(
      'href',
      '/imports/3',
    );
    expect(screen.getByRole('button', { name: 'Start import' })).toBeEnabled();
  });

  it('offers to fill short rows with blanks when the sample has some, and sends the choice', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/imports/5': () => jsonResponse(buildImport({ shortSampleRows: 2 })),
      'POST /api/v1/imports/5/preview': () => jsonResponse(preview),
    });
    const { user } = await renderApp('/imports/5');

    const fill = await screen.findByRole('checkbox', { name: /Fill missing trailing values with blanks/ });
    expect(fill).toBeChecked();
    expect(screen.getByText(/2 of the first rows have fewer fields than the header/)).toBeInTheDocument();
    await user.click(fill);

    await waitFor(
      async () =>
        expect((await bodiesOf(fetchMock, 'POST', '/api/v1/imports/5/preview')).at(-1)).toMatchObject({
          fillMissingValues: false,
        }),
      { timeout: 2_000 },
    );
  });

  it('does not offer the fill option when every sample row has the header\'s fields', async () => {
    mockApi({
      'GET /api/v1/imports/5': () => jsonResponse(uploaded),
      'POST /api/v1/imports/5/preview': () => jsonResponse(preview),
    });

    await renderApp('/imports/5');

    await screen.findByText(/Of the first 3 rows/);
    expect(screen.queryByRole('checkbox', { name: /Fill missing trailing values/ })).not.toBeInTheDocument();
  });

  it('counts the rows that changed nothing apart from the updated ones', async () => {
    mockApi({
      'GET /api/v1/imports/5': () =>
        jsonResponse(
          buildImport({
            status: 'COMPLETED',
            jobId: 42,
            counts: { ...counts, rows: 10, inserted: 1, updated: 2, unchanged: 6, rejected: 1 },
            startedAt: '2026-11-29T17:01:00Z',
            finishedAt: '2026-11-29T17:01:02Z',
          }),
        ),
    });

    await renderApp('/imports/5');

    const result = await screen.findByRole('region', { name: 'Result' });
    const tile = (label: string) => within(result).getByText(label).nextElementSibling;
    expect(tile('Unchanged')).toHaveTextContent('6');
    expect(tile('Updated')).toHaveTextContent('2');
    expect(screen.getByText(/10 rows read: 1 inserted, 2 updated, 6 unchanged/)).toBeInTheDocument();
  });

  it('stops a running import after a confirmation that says what stays', async () => {
    let current = buildImport({
      status: 'RUNNING',
      jobId: 42,
      estimatedRows: 9000,
      counts: { ...counts, rows: 4000, inserted: 4000, rejected: 0, warnings: 0 },
      startedAt: '2026-11-29T17:01:00Z',
    });
    const fetchMock = mockApi({
      'GET /api/v1/imports/5': () => jsonResponse(current),
      'POST /api/v1/imports/5/stop': () => {
        current = { ...current, status: 'STOPPING' };
        return jsonResponse(current);
      },
    });
    const { user } = await renderApp('/imports/5', { user: { role: 'member' } });

    expect(await screen.findByText(/Contacts are counted as they are written, once the whole file is read/)).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Stop import' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Stop importing leads.csv?' });
    expect(dialog).toHaveTextContent('4,000 rows have been read so far; contacts are written once the whole file is read. The rows read stay ready for a restart');
    await user.click(within(dialog).getByRole('button', { name: 'Stop import' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(requestsOf(fetchMock).filter(({ method, path }) => method === 'POST' && path === '/api/v1/imports/5/stop')).toHaveLength(1);
    expect(await screen.findByText(/stopping after the chunk it is working on/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stop import' })).not.toBeInTheDocument();
  });

  it('shows the second phase as contacts written of those staged once the file is read', async () => {
    mockApi({
      'GET /api/v1/imports/5': () =>
        jsonResponse(
          buildImport({
            status: 'RUNNING',
            jobId: 42,
            estimatedRows: 9000,
            counts: { ...counts, rows: 9000, inserted: 2000, duplicates: 500, rejected: 500, staged: 8000, merged: 2000 },
            startedAt: '2026-11-29T17:01:00Z',
          }),
        ),
    });

    const { user } = await renderApp('/imports/5', { user: { role: 'member' } });

    const progress = await screen.findByRole('region', { name: 'Progress' });
    expect(within(progress).getByText('9,000 rows read; 2,000 of 8,000 contacts written')).toBeInTheDocument();
    expect(within(progress).getByText('25%')).toBeInTheDocument();
    expect(screen.queryByText(/Contacts are counted as they are written/)).not.toBeInTheDocument();
    await user.click(within(progress).getByRole('button', { name: 'Stop import' }));
    expect(screen.getByRole('alertdialog', { name: 'Stop importing leads.csv?' })).toHaveTextContent(
      '2,000 of 8,000 contacts have been written. Contacts already written stay; the import stops after the block',
    );
  });

  it('offers no Stop to viewers', async () => {
    mockApi({
      'GET /api/v1/imports/5': () => jsonResponse(buildImport({ status: 'RUNNING', jobId: 42, startedAt: '2026-11-29T17:01:00Z' })),
    });

    await renderApp('/imports/5', { user: { role: 'viewer' } });

    expect(await screen.findByRole('region', { name: 'Progress' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stop import' })).not.toBeInTheDocument();
  });

  it('links to the contacts it created and shows the mapping it used, without announcing an old result', async () => {
    mockApi({
      'GET /api/v1/imports/5': () =>
        jsonResponse(
          buildImport({
            status: 'COMPLETED',
            jobId: 42,
            counts: { ...counts, rows: 10, inserted: 7, updated: 2, unchanged: 0, rejected: 1 },
            mapping: [
              { column: 0, field: 'EMAIL' },
              { column: 3, field: 'CUSTOM', attribute: 'Home town' },
            ],
            startedAt: '2026-11-29T17:01:00Z',
            finishedAt: '2026-11-29T17:01:02Z',
          }),
        ),
    });

    await renderApp('/imports/5');

    expect(await screen.findByRole('link', { name: 'View the 7 contacts it created' })).toHaveAttribute(
      'href',
      '/contacts?importId=5',
    );
    const mapping = screen.getByRole('region', { name: 'Mapping used' });
    const target = (header: string) => within(mapping).getByText(header).nextElementSibling;
    expect(target('E-Mail')).toHaveTextContent('E-mail');
    expect(target('Vorname')).toHaveTextContent('Do not import');
    expect(target('Stadt')).toHaveTextContent('Attribute “Home town”');
    expect(within(mapping).getByText(/Existing contacts: Fill blanks only/)).toBeInTheDocument();
    // It had ended before the page opened: shown, not announced.
    expect(screen.getByText('Import completed').closest('[role="status"]')).toBeNull();
  });

  it('says when the file was removed, and offers no setup for a file that is gone', async () => {
    mockApi({
      'GET /api/v1/imports/5': () => jsonResponse(buildImport({ fileRemovedAt: '2026-11-30T03:15:00Z' })),
    });

    await renderApp('/imports/5');

    expect(await screen.findByText(/The uploaded file was removed on/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start import' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Delimiter' })).not.toBeInTheDocument();
  });

  it('shows why an import failed and links to its run for a restart', async () => {
    mockApi({
      'GET /api/v1/imports/5': () =>
        jsonResponse(
          buildImport({
            status: 'FAILED',
            jobId: 42,
            failure: 'Worker lost at line 5001',
            counts: { ...counts, rows: 5000 },
            estimatedRows: 9000,
          }),
        ),
    });

    await renderApp('/imports/5');

    const progress = await screen.findByRole('region', { name: 'Progress' });
    expect(within(progress).getByText('The import failed')).toBeInTheDocument();
    expect(within(progress).getByText('Worker lost at line 5001')).toBeInTheDocument();
    expect(within(progress).getByRole('link', { name: 'Open run #42' })).toHaveAttribute('href', '/jobs/42');
    expect(within(progress).getByText('5,000 of about 9,000 rows read')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Counts so far' })).toBeInTheDocument();
  });
});
