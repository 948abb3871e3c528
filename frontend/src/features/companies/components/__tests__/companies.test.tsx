import { beforeEach, describe, expect, it } from 'vitest';

import { VIRTUAL_ROW_HEIGHT } from '@/components/ui/virtual-table';
import { buildCompany, buildCompanyDetail, buildContacts } from '@/testing/data';
import { jsonResponse, leadlineProblem, mockApi, requestsOf } from '@/testing/mock-fetch';
import { stubScrollBox } from '@/testing/virtual';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const acme = buildCompany({ id: 7, name: 'Acme GmbH', domain: 'acme.example', contactCount: 1234, country: 'DE' });
const beta = buildCompany({ id: 8, name: 'Beta AG', domain: 'beta.example', contactCount: 3, industry: 'Retail' });

function companiesRequests(fetchMock: ReturnType<typeof mockApi>) {
  return requestsOf(fetchMock)
    .filter(({ path }) => path === '/api/v1/companies')
    .map(({ query }) => query);
}

beforeEach(() => {
  stubScrollBox({ height: 10 * VIRTUAL_ROW_HEIGHT, width: 1000 });
});

describe('Companies page', () => {
  it('lists companies with their contact counts, each linked to its page', async () => {
    mockApi({
      'GET /api/v1/companies': () =>
        jsonResponse({ items: [acme, beta], nextCursor: null, total: { value: 2, exact: true } }),
    });

    await renderApp('/companies');

    const table = await screen.findByRole('table', { name: 'Companies' });
    expect(screen.getByText('2 companies')).toBeInTheDocument();
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      '',
      'Name',
      'Domain',
      'Industry',
      'Country',
      'Contacts',
      'Created',
    ]);
    const row = within(within(table).getByRole('link', { name: 'Acme GmbH' }).closest('tr')!);
    expect(row.getByRole('link', { name: 'Acme GmbH' })).toHaveAttribute('href', '/companies/7');
    expect(row.getByText('acme.example')).toBeInTheDocument();
    expect(row.getByText('1,234')).toBeInTheDocument();
    expect(row.getByText('DE')).toHaveAttribute('title', 'Germany');
    expect(within(table).getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('searches and sorts through the URL', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/companies': () =>
        jsonResponse({ items: [beta], nextCursor: null, total: { value: 1, exact: true } }),
    });
    const { user, router } = await renderApp('/companies?q=beta');
    const table = await screen.findByRole('table', { name: 'Companies' });
    expect(screen.getByRole('searchbox', { name: 'Search companies' })).toHaveValue('beta');
    expect(screen.getByText('1 company')).toBeInTheDocument();
    expect(companiesRequests(fetchMock)[0]!.get('q')).toBe('beta');

    await user.click(within(within(table).getByRole('columnheader', { name: 'Created' })).getByRole('button'));

    expect(router.state.location.search).toEqual({ q: 'beta', sort: '-created' });
    await waitFor(() => expect(companiesRequests(fetchMock).at(-1)!.get('sort')).toBe('-created'));
    await user.click(within(within(table).getByRole('columnheader', { name: 'Name' })).getByRole('button'));
    expect(router.state.location.search).toEqual({ q: 'beta' });
  });

  it('says when no company matches', async () => {
    mockApi({
      'GET /api/v1/companies': (request) =>
        jsonResponse(
          new URL(request.url).searchParams.has('q')
            ? { items: [], nextCursor: null, total: { value: 0, exact: true } }
            : { items: [acme], nextCursor: null, total: { value: 1, exact: true } },
        ),
    });
    const { user, router } = await renderApp('/companies?q=zzz');

    expect(await screen.findByRole('heading', { name: 'No companies match' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all companies' }));

    expect(await screen.findByRole('link', { name: 'Acme GmbH' })).toBeInTheDocument();
    expect(router.state.location.search).toEqual({});
    expect(screen.getByRole('searchbox', { name: 'Search companies' })).toHaveValue('');
  });
});

describe('Company page', () => {
  it('shows the company, its contact summary and its contacts, without a Company column', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/companies/20': () =>
        jsonResponse(
          buildCompanyDetail({
            attributes: { segment: 'Enterprise' },
            summary: { contacts: 12, withEmail: 12, withPhone: 9, withTitle: 6 },
          }),
        ),
      'GET /api/v1/contacts': () =>
        jsonResponse({ items: buildContacts(3), nextCursor: null, total: { value: 3, exact: true } }),
    });

    await renderApp('/companies/20');

    expect(await screen.findByRole('heading', { level: 1, name: 'Analytical Engines Ltd' })).toBeInTheDocument();
    expect(screen.getByText('analytical.example · Computing · London, United Kingdom')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /analytical\.example/ })).toHaveAttribute(
      'href',
      'https://analytical.example/',
    );
    const summary = within(screen.getByRole('region', { name: 'Summary' }));
    const tile = (label: string) => summary.getByText(label).nextElementSibling;
    expect(tile('Contacts')).toHaveTextContent('12');
    expect(tile('With e-mail')).toHaveTextContent('12100%');
    expect(tile('With phone')).toHaveTextContent('975%');
    expect(tile('With title')).toHaveTextContent('650%');
    const details = within(screen.getByRole('region', { name: 'Details' }));
    expect(details.getByText('Employees').nextElementSibling).toHaveTextContent('42');
    expect(details.getByText('segment').nextElementSibling).toHaveTextContent('Enterprise');
    expect(screen.getByRole('region', { name: 'Dossier' })).toHaveTextContent(/PDF profile of this company/);

    const contacts = within(screen.getByRole('region', { name: 'Contacts' }));
    const table = await contacts.findByRole('table', { name: 'Contacts' });
    expect(within(table).queryByRole('columnheader', { name: 'Company' })).not.toBeInTheDocument();
    expect(within(table).getByText('Person 3')).toBeInTheDocument();
    const query = requestsOf(fetchMock).find(({ path }) => path === '/api/v1/contacts')!.query;
    expect(query.get('companyId')).toBe('20');
    expect(screen.getByRole('link', { name: 'All companies' })).toHaveAttribute('href', '/companies');
  });

  it('hands the searched companies over to a new report', async () => {
    mockApi({
      'GET /api/v1/companies': () => jsonResponse({ items: [acme], nextCursor: null, total: { value: 1, exact: true } }),
      'GET /api/v1/reports': () => jsonResponse([]),
    });
    const { user } = await renderApp('/companies?q=acme');

    await user.click(await screen.findByRole('link', { name: 'Dossiers of these companies' }));

    expect(await screen.findByLabelText('Name or domain contains')).toHaveValue('acme');
  });

  it('starts a dossier of the company and opens its report', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/companies/20': () => jsonResponse(buildCompanyDetail()),
      'GET /api/v1/contacts': () => jsonResponse({ items: [], nextCursor: null, total: { value: 0, exact: true } }),
      'POST /api/v1/reports': () => jsonResponse({ id: 61, created: true }, { status: 202 }),
      'GET /api/v1/reports/61': () =>
        jsonResponse({
          report: {
            id: 61, status: 'QUEUED', createdBy: 'Ada', createdAt: '2026-12-05T09:00:00Z', endedAt: null,
            companies: 1, complete: 0, failed: 0, pending: 1, progress: 0, filesRemovedAt: null,
          },
          files: [],
          nextAfter: null,
        }),
    });
    const { user } = await renderApp('/companies/20');

    await user.click(await screen.findByRole('button', { name: 'Dossier' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Report #61' })).toBeInTheDocument();
    const started = requestsOf(fetchMock).find(({ method, path }) => method === 'POST' && path === '/api/v1/reports');
    expect(await started!.request.clone().json()).toEqual({ ids: [20] });
  });

  it('offers no dossier to a viewer', async () => {
    mockApi({
      'GET /api/v1/companies/20': () => jsonResponse(buildCompanyDetail()),
      'GET /api/v1/contacts': () => jsonResponse({ items: [], nextCursor: null, total: { value: 0, exact: true } }),
    });
    await renderApp('/companies/20', { user: { role: 'viewer' } });

    expect(await screen.findByRole('button', { name: 'Dossier' })).toBeDisabled();
  });

  it('says so when the company does not exist', async () => {
    mockApi({
      'GET /api/v1/companies/404': () =>
        leadlineProblem('not-found', 404, { title: 'Not found', detail: 'No company 404' }),
    });

    await renderApp('/companies/404');

    expect(await screen.findByRole('alert')).toHaveTextContent('No company 404');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('treats an id that is not a number as a page that does not exist', async () => {
    await renderApp('/companies/abc');

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/not found/i);
  });
});
