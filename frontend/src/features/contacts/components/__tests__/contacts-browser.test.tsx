import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { SEARCH_DEBOUNCE_MS } from '@/components/ui/search-field';
import { VIRTUAL_ROW_HEIGHT } from '@/components/ui/virtual-table';
import { buildContact, buildContacts } from '@/testing/data';
import { jsonResponse, mockApi, requestsOf } from '@/testing/mock-fetch';
import { stubScrollBox } from '@/testing/virtual';
import { act, fireEvent, renderApp, screen, waitFor, within } from '@/testing/test-utils';

type Page = { items: ReturnType<typeof buildContact>[]; nextCursor: string | null; total?: { value: number; exact: boolean } };

const page = (items: Page['items'], { nextCursor = null, total }: Partial<Page> = {}): Page => ({
  items,
  nextCursor,
  ...(total ? { total } : {}),
});

function listRequests(fetchMock: ReturnType<typeof mockApi>) {
  return requestsOf(fetchMock)
    .filter(({ path }) => path === '/api/v1/contacts')
    .map(({ query }) => query);
}

/** The data rows the table has rendered (spacers are hidden; the loading row is left out). */
function renderedRows() {
  return within(screen.getByRole('table', { name: 'Contacts' }))
    .getAllByRole('row')
    .filter((row) => row.closest('tbody') && !within(row).queryByText('Loading more rows…'));
}

let viewport: ReturnType<typeof stubScrollBox>;

beforeEach(() => {
  // jsdom lays nothing out: give the table's scroll box ten rows of height.
  viewport = stubScrollBox({ height: 10 * VIRTUAL_ROW_HEIGHT, width: 1000 });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('Contacts page', () => {
  it('shows skeleton rows, then the total and a window of the rows', async () => {
    const contacts = buildContacts(200, 500);
    mockApi({
      'GET /api/v1/contacts': () => jsonResponse(page(contacts, { total: { value: 12_345, exact: true }, nextCursor: 'c2' })),
    });

    await renderApp('/contacts');

    expect(screen.getByRole('status')).toHaveTextContent('Loading contacts…');
    const table = await screen.findByRole('table', { name: 'Contacts' });
    expect(screen.getByText('12,345 contacts')).toBeInTheDocument();
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      '',
      'Name',
      'E-mail',
      'Company',
      'Title',
      'Seniority',
      'Department',
      'E-mail status',
      'Country',
      'Phone',
      'Created',
    ]);
    // 10 rows in view plus the overscan, out of 200 loaded and 12,345 in all.
    const rows = renderedRows();
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(rows.length).toBeLessThan(40);
    expect(table).toHaveAttribute('aria-rowcount', '12346');
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    const first = within(rows[0]!);
    expect(first.getByText('Person 500')).toBeInTheDocument();
    expect(first.getByText('person500@analytical.example')).toBeInTheDocument();
    expect(first.getByRole('link', { name: 'Analytical Engines Ltd' })).toHaveAttribute('href', '/companies/20');
    expect(first.getByText('GB')).toHaveAttribute('title', 'United Kingdom');
    expect(first.getByText('+44 20 7123 4567')).toBeInTheDocument();
    expect(first.getByText('C-level')).toBeInTheDocument();
    expect(first.getByText('Data')).toBeInTheDocument();
    expect(first.getByText('Unverified')).toBeInTheDocument();
    expect(rows[0]!.querySelector('time')).toHaveAttribute('dateTime', '2026-11-20T09:00:00Z');
  });

  it('says "about" when the total is an estimate', async () => {
    mockApi({
      'GET /api/v1/contacts': (request) =>
        jsonResponse(
          new URL(request.url).searchParams.has('cursor')
            ? page([])
            : page(buildContacts(5), { total: { value: 1_234_567, exact: false }, nextCursor: 'c2' }),
        ),
    });

    await renderApp('/contacts');

    expect(await screen.findByText('about 1.2M contacts')).toBeInTheDocument();
  });

  it('asks only the first page for the total and the next page as the reader nears the end', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/contacts': (request) =>
        new URL(request.url).searchParams.get('cursor') === 'c2'
          ? jsonResponse(page(buildContacts(200, 300), { nextCursor: null }))
          : jsonResponse(page(buildContacts(200, 500), { total: { value: 400, exact: true }, nextCursor: 'c2' })),
    });
    await renderApp('/contacts');
    await screen.findByText('Person 500');
    expect(listRequests(fetchMock)).toHaveLength(1);
    expect(listRequests(fetchMock)[0]!.get('count')).toBe('true');
    expect(listRequests(fetchMock)[0]!.get('limit')).toBe('200');

    // Scrolled to the last loaded rows: the next page comes.
    viewport.scrollTo(190 * VIRTUAL_ROW_HEIGHT);

    expect(await screen.findByText('Person 300')).toBeInTheDocument();
    const [, second] = listRequests(fetchMock);
    expect(second!.get('cursor')).toBe('c2');
    expect(second!.get('count')).toBeNull();
    // Still a window, however far down.
    expect(renderedRows().length).toBeLessThan(40);
    // The first row stays: it is the table's tab stop (the active row), kept so it keeps focus.
    expect(screen.getByText('Person 500')).toBeInTheDocument();
    expect(screen.queryByText('Person 499')).not.toBeInTheDocument();
  });

  it('sorts by a column from its header: first click ascending, second descending', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/contacts': () => jsonResponse(page(buildContacts(3), { total: { value: 3, exact: true } })),
    });
    const { user, router } = await renderApp('/contacts');
    const table = await screen.findByRole('table', { name: 'Contacts' });
    const name = within(table).getByRole('columnheader', { name: 'Name' });
    const created = within(table).getByRole('columnheader', { name: 'Created' });
    expect(created).toHaveAttribute('aria-sort', 'descending');
    expect(name).not.toHaveAttribute('aria-sort');

    await user.click(within(name).getByRole('button', { name: 'Name' }));

    await waitFor(() => expect(name).toHaveAttribute('aria-sort', 'ascending'));
    expect(created).not.toHaveAttribute('aria-sort');
    expect(router.state.location.search).toEqual({ sort: 'name' });
    await waitFor(() => expect(listRequests(fetchMock).at(-1)!.get('sort')).toBe('name'));

    await user.click(within(name).getByRole('button', { name: 'Name' }));

    await waitFor(() => expect(name).toHaveAttribute('aria-sort', 'descending'));
    expect(router.state.location.search).toEqual({ sort: '-name' });
    await waitFor(() => expect(listRequests(fetchMock).at(-1)!.get('sort')).toBe('-name'));

    // Back to the default order, which the URL leaves out.
    await user.click(within(created).getByRole('button', { name: 'Created' }));
    await waitFor(() => expect(created).toHaveAttribute('aria-sort', 'descending'));
    expect(router.state.location.search).toEqual({});
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('-created');
  });

  it('offers orders without a column in the sort menu', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/contacts': () => jsonResponse(page(buildContacts(3), { total: { value: 3, exact: true } })),
    });
    const { user, router } = await renderApp('/contacts');
    await screen.findByRole('table', { name: 'Contacts' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Recently updated');

    expect(router.state.location.search).toEqual({ sort: '-updated' });
    await waitFor(() => expect(listRequests(fetchMock).at(-1)!.get('sort')).toBe('-updated'));
  });

  it('searches once typing pauses for 300 ms', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fetchMock = mockApi({
      'GET /api/v1/contacts': () => jsonResponse(page(buildContacts(3), { total: { value: 3, exact: true } })),
    });
    const { router } = await renderApp('/contacts');
    await screen.findByRole('table', { name: 'Contacts' });
    const box = screen.getByRole('searchbox', { name: 'Search contacts' });

    fireEvent.change(box, { target: { value: 'ad' } });
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS - 100));
    fireEvent.change(box, { target: { value: 'ada' } });
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS - 100));
    expect(listRequests(fetchMock)).toHaveLength(1);
    expect(router.state.location.search).toEqual({});

    await act(() => vi.advanceTimersByTimeAsync(100));

    await waitFor(() => expect(listRequests(fetchMock)).toHaveLength(2));
    expect(listRequests(fetchMock)[1]!.get('q')).toBe('ada');
    expect(router.state.location.search).toEqual({ q: 'ada' });
  });

  it('shows each filter as a chip, sends it, and drops it when the chip is clicked', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/contacts': () => jsonResponse(page(buildContacts(3), { total: { value: 3, exact: true } })),
    });
    const { user, router } = await renderApp('/contacts');
    await screen.findByRole('table', { name: 'Contacts' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Add a country filter' }), 'DE');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Add a country filter' }), 'FR');
    await user.selectOptions(screen.getByRole('combobox', { name: 'E-mail' }), 'Has e-mail');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Phone' }), 'No phone');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Add an e-mail status filter' }), 'Valid');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Add a seniority filter' }), 'C-level');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Add a seniority filter' }), 'VP');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Add a department filter' }), 'Customer success');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Created' }), 'Last 7 days');

    const chips = within(screen.getByRole('list', { name: 'Active filters' }));
    expect(chips.getAllByRole('button').map((chip) => chip.textContent)).toEqual([
      'Country: Germany',
      'Country: France',
      'Has e-mail',
      'No phone',
      'E-mail: Valid',
      'Seniority: C-level',
      'Seniority: VP',
      'Department: Customer success',
      'Created in the last 7 days',
      'Clear all',
    ]);
    expect(router.state.matches.at(-1)!.search).toEqual({
      country: ['DE', 'FR'],
      hasEmail: true,
      hasPhone: false,
      emailStatus: ['VALID'],
      seniority: ['C_LEVEL', 'VP'],
      department: ['CUSTOMER_SUCCESS'],
      createdWithin: 7,
    });
    // The address reads as the filters do, without JSON.
    expect(new URLSearchParams(router.state.location.searchStr).getAll('country')).toEqual(['DE', 'FR']);
    expect(router.state.location.searchStr).not.toMatch(/%5B|%22/);
    expect(router.state.location.searchStr).toContain('seniority=C_LEVEL&seniority=VP');
    await waitFor(() => {
      const query = listRequests(fetchMock).at(-1)!;
      expect(query.getAll('country')).toEqual(['DE', 'FR']);
      expect(query.get('hasEmail')).toBe('true');
      expect(query.get('hasPhone')).toBe('false');
      expect(query.getAll('emailStatus')).toEqual(['VALID']);
      expect(query.getAll('seniority')).toEqual(['C_LEVEL', 'VP']);
      expect(query.getAll('department')).toEqual(['CUSTOMER_SUCCESS']);
      // From local midnight six days ago: today and the six days before.
      const from = new Date(query.get('createdFrom')!);
      const expected = new Date();
      expected.setHours(0, 0, 0, 0);
      expected.setDate(expected.getDate() - 6);
      expect(from.getTime()).toBe(expected.getTime());
    });

    await user.click(chips.getByRole('button', { name: 'Remove filter: Country: Germany' }));

    expect(chips.queryByRole('button', { name: 'Remove filter: Country: Germany' })).not.toBeInTheDocument();
    expect(router.state.matches.at(-1)!.search).toMatchObject({ country: ['FR'] });
    expect(router.state.location.searchStr).toMatch(/^\?country=FR&hasEmail=true&/);
    await waitFor(() => expect(listRequests(fetchMock).at(-1)!.getAll('country')).toEqual(['FR']));

    await user.click(chips.getByRole('button', { name: 'Clear all' }));

    expect(screen.queryByRole('list', { name: 'Active filters' })).not.toBeInTheDocument();
    expect(router.state.location.search).toEqual({});
  });

  it('reads its search, filters and order from an older JSON-encoded URL', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/contacts': () => jsonResponse(page(buildContacts(3), { total: { value: 3, exact: true } })),
    });

    await renderApp('/contacts?q=ada&sort=company&country=%5B%22de%22%2C%22XXX%22%5D&hasPhone=true&emailStatus=%5B%22BOGUS%22%5D&seniority=%5B%22VP%22%2C%22KING%22%5D');

    await screen.findByRole('table', { name: 'Contacts' });
    expect(screen.getByRole('searchbox', { name: 'Search contacts' })).toHaveValue('ada');
    expect(screen.getByRole('columnheader', { name: 'Company' })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('button', { name: 'Remove filter: Country: Germany' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove filter: Has phone' })).toBeInTheDocument();
    const query = listRequests(fetchMock)[0]!;
    expect(query.get('q')).toBe('ada');
    expect(query.get('sort')).toBe('company');
    expect(query.getAll('country')).toEqual(['DE']);
    expect(query.get('hasPhone')).toBe('true');
    expect(query.getAll('emailStatus')).toEqual([]);
    expect(query.getAll('seniority')).toEqual(['VP']);
  });

  it('opens a link written by hand in the readable form', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/contacts': () => jsonResponse(page(buildContacts(3), { total: { value: 3, exact: true } })),
    });

    await renderApp('/contacts?country=DE&country=AT&q=acme&sort=name&hasEmail=true');

    await screen.findByRole('table', { name: 'Contacts' });
    expect(screen.getByRole('searchbox', { name: 'Search contacts' })).toHaveValue('acme');
    expect(screen.getByRole('button', { name: 'Remove filter: Country: Austria' })).toBeInTheDocument();
    const query = listRequests(fetchMock)[0]!;
    expect(query.getAll('country')).toEqual(['DE', 'AT']);
    expect(query.get('sort')).toBe('name');
    expect(query.get('hasEmail')).toBe('true');
  });

  it('points a tenant without contacts to Imports', async () => {
    mockApi({ 'GET /api/v1/contacts': () => jsonResponse(page([], { total: { value: 0, exact: true } })) });

    await renderApp('/contacts');

    expect(await screen.findByRole('heading', { name: 'No contacts yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Import contacts' })).toHaveAttribute('href', '/imports');
    expect(screen.getByText('0 contacts')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  });

  it('says when the filters match nothing, and clears them on request', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/contacts': (request) =>
        jsonResponse(
          new URL(request.url).searchParams.has('q')
            ? page([], { total: { value: 0, exact: true } })
            : page(buildContacts(3), { total: { value: 3, exact: true } }),
        ),
    });
    const { user, router } = await renderApp('/contacts?q=nobody&hasEmail=false');

    expect(await screen.findByRole('heading', { name: 'No contacts match' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Import contacts' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));

    expect(await screen.findByText('Person 3')).toBeInTheDocument();
    expect(router.state.location.search).toEqual({});
    expect(screen.getByRole('searchbox', { name: 'Search contacts' })).toHaveValue('');
    expect(listRequests(fetchMock).at(-1)!.has('q')).toBe(false);
  });

  it('exports what is listed, with the same filters and order', async () => {
    const createObjectURL = vi.fn(() => 'blob:contacts');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const fetchMock = mockApi({
      'GET /api/v1/contacts': () => jsonResponse(page(buildContacts(3), { total: { value: 3, exact: true } })),
      'GET /api/v1/contacts/export': () =>
        new Response('\uFEFFemail\r\nada@analytical.example\r\n', {
          headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="contacts.csv"' },
        }),
    });
    const { user } = await renderApp('/contacts?q=ada&sort=name&country=%5B%22GB%22%5D');
    await screen.findByRole('table', { name: 'Contacts' });

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    await waitFor(() => expect(click).toHaveBeenCalled());
    const exported = requestsOf(fetchMock).find(({ path }) => path === '/api/v1/contacts/export')!;
    expect(exported.query.get('q')).toBe('ada');
    expect(exported.query.get('sort')).toBe('name');
    expect(exported.query.getAll('country')).toEqual(['GB']);
    expect(exported.query.has('limit')).toBe(false);
    expect(exported.request.headers.get('Authorization')).toBe('Bearer access-1');
    expect(createObjectURL).toHaveBeenCalled();
  });
});
