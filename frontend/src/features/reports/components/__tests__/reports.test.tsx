import { afterEach, describe, expect, it, vi } from 'vitest';

import type { components } from '@/lib/api/schema';
import { jsonResponse, leadlineProblem, mockApi, requestsOf } from '@/testing/mock-fetch';
import { fireEvent, renderApp, screen, waitFor, within } from '@/testing/test-utils';

type Report = components['schemas']['ReportView'];
type ReportFile = components['schemas']['ReportFileView'];

function buildReport(overrides: Partial<Report> = {}): Report {
  return {
    id: 61,
    status: 'COMPLETED',
    createdBy: 'Ada Lovelace',
    createdAt: '2026-12-05T09:00:00Z',
    endedAt: '2026-12-05T09:01:00Z',
    companies: 2,
    complete: 2,
    failed: 0,
    pending: 0,
    progress: 100,
    filesRemovedAt: null as unknown as string,
    ...overrides,
  };
}

function buildFile(overrides: Partial<ReportFile> = {}): ReportFile {
  return {
    id: 301,
    companyId: 9,
    companyName: 'Acme',
    state: 'complete',
    fileName: 'dossier-acme-9.pdf',
    sizeBytes: 48_211,
    sha256: 'a'.repeat(64),
    createdAt: '2026-12-05T09:00:30Z',
    reason: null as unknown as string,
    ...overrides,
  };
}

function bodiesOf(fetchMock: ReturnType<typeof mockApi>, method: string, path: string) {
  return Promise.all(
    requestsOf(fetchMock)
      .filter((request) => request.method === method && request.path === path)
      .map(({ request }) => request.clone().json() as Promise<unknown>),
  );
}

const branding = { displayName: 'Northwind Sales', colour: '#1F4E79', logo: null, logoMediaType: null };

const { createObjectURL, revokeObjectURL } = URL;

afterEach(() => {
  Object.assign(URL, { createObjectURL, revokeObjectURL });
});

describe('Reports page', () => {
  it('starts a report from a companies selection handed over in the URL and opens it', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/reports': () => jsonResponse([]),
      'GET /api/v1/reports/branding': () => jsonResponse(branding),
      'POST /api/v1/reports': () => jsonResponse({ id: 61, created: true }, { status: 202 }),
      'GET /api/v1/reports/61': () =>
        jsonResponse({ report: buildReport({ status: 'STARTED', complete: 1, progress: 50 }), files: [buildFile()], nextAfter: null }),
    });
    const { user } = await renderApp('/reports?q=acme&country=DE');

    expect(await screen.findByText('No reports yet')).toBeInTheDocument();
    expect(screen.getByLabelText('Name or domain contains')).toHaveValue('acme');
    await user.type(screen.getByLabelText('Countries'), ', fr');
    await user.click(screen.getByRole('button', { name: 'Create dossiers' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Report #61' })).toBeInTheDocument();
    expect(await bodiesOf(fetchMock, 'POST', '/api/v1/reports')).toEqual([
      { filter: { q: 'acme', country: ['DE', 'FR'] } },
    ]);
    expect(screen.getByText(/1 of 2 dossiers ready/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Progress of report #61' })).toHaveAttribute('value', '50');
  });

  it('starts a report of companies picked by id, handed over from the URL', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/reports': () => jsonResponse([]),
      'GET /api/v1/reports/branding': () => jsonResponse(branding),
      'POST /api/v1/reports': () => jsonResponse({ id: 62, created: true }, { status: 202 }),
      'GET /api/v1/reports/62': () =>
        jsonResponse({ report: buildReport({ id: 62, status: 'QUEUED', complete: 0, progress: 0 }), files: [], nextAfter: null }),
    });
    const { user } = await renderApp('/reports?ids=7,8');

    const ids = await screen.findByLabelText('Company ids');
    expect(ids).toHaveValue('7,8');
    await user.type(ids, ' 9, 8');
    await user.click(screen.getByRole('button', { name: 'Create dossiers' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Report #62' })).toBeInTheDocument();
    expect(await bodiesOf(fetchMock, 'POST', '/api/v1/reports')).toEqual([{ ids: [7, 8, 9] }]);
  });

  it('refuses ids that are not whole numbers before asking the API', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/reports': () => jsonResponse([]),
      'GET /api/v1/reports/branding': () => jsonResponse(branding),
    });
    const { user } = await renderApp('/reports');

    await user.click(await screen.findByRole('radio', { name: 'Companies by id' }));
    await user.type(screen.getByLabelText('Company ids'), '12, acme');
    await user.click(screen.getByRole('button', { name: 'Create dossiers' }));

    expect(screen.getByLabelText('Company ids')).toHaveAccessibleDescription(/whole numbers separated by commas/);
    expect(requestsOf(fetchMock).filter(({ method }) => method === 'POST')).toEqual([]);
  });

  it('explains a selection that matches no company', async () => {
    mockApi({
      'GET /api/v1/reports': () => jsonResponse([]),
      'GET /api/v1/reports/branding': () => jsonResponse(branding),
      'POST /api/v1/reports': () =>
        leadlineProblem('nothing-to-report', 422, {
          title: 'No company selected',
          detail: 'The selection matches none of your companies; nothing was started.',
        }),
    });
    const { user } = await renderApp('/reports');

    await user.click(await screen.findByRole('button', { name: 'Create dossiers' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The selection matches none of your companies');
  });

  it('lists the reports with progress and links each to its page', async () => {
    mockApi({
      'GET /api/v1/reports': () => jsonResponse([buildReport()]),
      'GET /api/v1/reports/branding': () => jsonResponse(branding),
    });
    await renderApp('/reports');

    const table = within(await screen.findByRole('table', { name: 'Reports' }));
    const [, row] = table.getAllByRole('row');
    const cells = within(row!).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells.slice(0, 2)).toEqual(['Report #61', 'COMPLETED']);
    expect(cells.slice(3, 6)).toEqual(['2', '2', '0']);
    expect(within(row!).getByRole('link', { name: 'Report #61' })).toHaveAttribute('href', '/reports/61');
  });

  it('hides nothing but disables creating for viewers', async () => {
    mockApi({
      'GET /api/v1/reports': () => jsonResponse([]),
      'GET /api/v1/reports/branding': () => jsonResponse(branding),
    });
    await renderApp('/reports', { user: { role: 'viewer' } });

    expect(await screen.findByRole('button', { name: 'Create dossiers' })).toBeDisabled();
  });
});

describe('Branding', () => {
  it('lets an admin change the name and colour of the dossiers', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/reports': () => jsonResponse([]),
      'GET /api/v1/reports/branding': () => jsonResponse(branding),
      'PUT /api/v1/reports/branding': async (request) => jsonResponse(await request.clone().json()),
    });
    const { user } = await renderApp('/reports', { user: { role: 'admin' } });

    const form = within(await screen.findByRole('form', { name: 'Branding' }));
    const name = await form.findByLabelText('Name on the dossiers');
    expect(name).toHaveValue('Northwind Sales');
    await user.clear(name);
    await user.type(name, 'Northwind EMEA');
    fireEvent.input(form.getByLabelText('Accent colour'), { target: { value: '#0f766e' } });
    await user.click(form.getByRole('button', { name: 'Save branding' }));

    expect(await form.findByRole('status')).toHaveTextContent('Branding saved.');
    expect(await bodiesOf(fetchMock, 'PUT', '/api/v1/reports/branding')).toEqual([
      { displayName: 'Northwind EMEA', colour: '#0F766E', logo: null, logoMediaType: null },
    ]);
  });

  it('refuses a logo that is not PNG or JPEG without asking the API', async () => {
    mockApi({
      'GET /api/v1/reports': () => jsonResponse([]),
      'GET /api/v1/reports/branding': () => jsonResponse(branding),
    });
    await renderApp('/reports', { user: { role: 'owner' } });

    const logo = await screen.findByLabelText('Logo');
    fireEvent.change(logo, { target: { files: [new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' })] } });

    await waitFor(() => expect(logo).toHaveAccessibleDescription('The logo must be a PNG or JPEG image.'));
  });

  it('shows a member the branding without a way to change it', async () => {
    mockApi({
      'GET /api/v1/reports': () => jsonResponse([]),
      'GET /api/v1/reports/branding': () => jsonResponse(branding),
    });
    await renderApp('/reports', { user: { role: 'member' } });

    expect(await screen.findByLabelText('Name on the dossiers')).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save branding' })).not.toBeInTheDocument();
  });
});

describe('Report page', () => {
  it('downloads one dossier and the ZIP with the token, named as the server says', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/reports/61': () =>
        jsonResponse({
          report: buildReport(),
          files: [buildFile(), buildFile({ id: 302, companyId: 10, companyName: '株式会社さくら', fileName: 'dossier-company-10.pdf' })],
          nextAfter: null,
        }),
      'GET /api/v1/reports/61/files/302': () =>
        new Response('%PDF-1.7', {
          headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="dossier-company-10.pdf"' },
        }),
      'GET /api/v1/reports/61/zip': () =>
        new Response('PK', {
          headers: { 'Content-Type': 'application/zip', 'Content-Disposition': 'attachment; filename="report-61.zip"' },
        }),
    });
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:leadline/1'), revokeObjectURL: vi.fn() });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const { user } = await renderApp('/reports/61');

    const files = within(await screen.findByRole('table', { name: 'Files of the report' }));
    expect(files.getByText('株式会社さくら')).toBeInTheDocument();
    await user.click(files.getByRole('button', { name: 'PDF of 株式会社さくら' }));
    await waitFor(() => expect(clicked).toEqual(['dossier-company-10.pdf']));
    await user.click(screen.getByRole('button', { name: 'Download all (2)' }));
    await waitFor(() => expect(clicked).toEqual(['dossier-company-10.pdf', 'report-61.zip']));

    const downloads = requestsOf(fetchMock).filter((request) => request.path.startsWith('/api/v1/reports/61/'));
    expect(downloads.map((request) => request.path)).toEqual(['/api/v1/reports/61/files/302', '/api/v1/reports/61/zip']);
    expect(downloads.every(({ request }) => request.headers.get('Authorization') === 'Bearer access-1')).toBe(true);
  });

  it('says when the files were removed after the retention and offers no download', async () => {
    mockApi({
      'GET /api/v1/reports/61': () =>
        jsonResponse({ report: buildReport({ filesRemovedAt: '2027-01-05T03:15:00Z' }), files: [buildFile()], nextAfter: null }),
    });
    await renderApp('/reports/61');

    expect(await screen.findByText(/removed after the retention period/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download all (2)' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'PDF of Acme' })).toBeDisabled();
  });
});
