import { beforeEach, describe, expect, it } from 'vitest';

import { VIRTUAL_ROW_HEIGHT } from '@/components/ui/virtual-table';
import { buildContact } from '@/testing/data';
import { jsonResponse, leadlineProblem, mockApi, requestsOf } from '@/testing/mock-fetch';
import { stubScrollBox } from '@/testing/virtual';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

import type { SavedView } from '@/features/contacts/api/saved-views';
import { choiceOf, columnsStorageKey, loadColumnChoice, shownColumns } from '@/features/contacts/utils/columns';

const ADA = { id: 5, tenant: { id: 1, slug: 'acme', name: 'Acme' } };

function aView(overrides: Partial<SavedView> = {}): SavedView {
  return {
    id: 7,
    name: 'German leads',
    filters: { country: ['DE'], hasPhone: true },
    sort: 'name',
    columns: ['email', 'company', 'attr:Lead source'],
    createdAt: '2026-12-01T09:00:00Z',
    updatedAt: '2026-12-01T09:00:00Z',
    ...overrides,
  };
}

let views: SavedView[];
let bodies: unknown[];
let fetchMock: ReturnType<typeof mockApi>;

beforeEach(() => {
  stubScrollBox({ height: 10 * VIRTUAL_ROW_HEIGHT, width: 1000 });
  views = [aView()];
  bodies = [];
  fetchMock = mockApi({
    'GET /api/v1/contacts': (request) => {
      const asked = new URL(request.url).searchParams.getAll('attribute');
      const attributes: Record<string, string> = asked.includes('Lead source') ? { 'Lead source': 'Trade fair' } : {};
      return jsonResponse({ items: [buildContact({ attributes })], nextCursor: null, total: { value: 1, exact: true } });
    },
    'GET /api/v1/contacts/attributes': () => jsonResponse({ names: ['Lead source', 'Tier'], truncated: false }),
    'GET /api/v1/contact-views': () => jsonResponse({ items: views }),
    'POST /api/v1/contact-views': async (request) => {
      const body = (await request.json()) as SavedView;
      bodies.push(body);
      if (views.some((view) => view.name.toLowerCase() === body.name.toLowerCase())) {
        return leadlineProblem('view-name-taken', 409, {
          title: 'View name already in use',
          detail: `You already have a view named ${body.name}.`,
        });
      }
      const created = aView({ ...body, id: 8 });
      views = [...views, created];
      return jsonResponse(created, { status: 201 });
    },
    'PATCH /api/v1/contact-views/7': async (request) => {
      const body = (await request.json()) as Partial<SavedView>;
      bodies.push(body);
      views = [{ ...views[0]!, ...body }];
      return jsonResponse(views[0]);
    },
    'DELETE /api/v1/contact-views/7': () => {
      views = [];
      return new Response(null, { status: 204 });
    },
  });
});

function headers() {
  return within(screen.getByRole('table', { name: 'Contacts' }))
    .getAllByRole('columnheader')
    .map((th) => th.textContent);
}

describe('Saved views', { timeout: 20_000 }, () => {
  it('applies a view: its filters and order in the address, its columns with attribute values', async () => {
    const { user, router } = await renderApp('/contacts', { user: ADA });
    await screen.findByRole('table', { name: 'Contacts' });
    const picker = await screen.findByRole('combobox', { name: 'View' });
    await screen.findByRole('option', { name: 'German leads' });

    await user.selectOptions(picker, 'German leads');

    await waitFor(() => expect(headers()).toEqual(['', 'Name', 'E-mail', 'Company', 'Lead source']));
    expect(router.state.location.search).toEqual({ country: 'DE', hasPhone: true, sort: 'name', view: 7 });
    expect(router.state.location.href).toBe('/contacts?sort=name&country=DE&hasPhone=true&view=7');
    expect(await screen.findByText('Trade fair')).toBeInTheDocument();
    const listed = requestsOf(fetchMock).filter((r) => r.path === '/api/v1/contacts').at(-1)!;
    expect(listed.query.getAll('attribute')).toEqual(['Lead source']);
    expect(loadColumnChoice(columnsStorageKey(ADA.id, ADA.tenant.id)).attributes).toEqual(['Lead source']);
    expect(screen.getByRole('button', { name: 'Update view' })).toBeDisabled();
    expect(screen.queryByText('Changed')).not.toBeInTheDocument();
  });

  it('marks a changed view and writes the page over it on Update', async () => {
    const { user } = await renderApp('/contacts?country=DE&hasPhone=true&sort=name&view=7', { user: ADA });
    await screen.findByRole('option', { name: 'German leads' });
    expect(screen.getByRole('combobox', { name: 'View' })).toHaveValue('7');

    await user.click(screen.getByRole('button', { name: /^Columns/ }));
    await user.click(await screen.findByRole('checkbox', { name: 'Tier' }));
    expect(await screen.findByText('Changed')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Update view' }));

    await waitFor(() => expect(screen.queryByText('Changed')).not.toBeInTheDocument());
    expect(bodies.at(-1)).toEqual({
      filters: { country: ['DE'], hasPhone: true },
      sort: 'name',
      columns: shownColumns(choiceOf(['email', 'company', 'title', 'seniority', 'department', 'emailStatus', 'country', 'phone', 'created', 'attr:Tier'])),
    });
  });

  it('saves the page as a new view, says when the name is taken, and deletes after a confirmation', async () => {
    const { user, router } = await renderApp('/contacts?country=FR', { user: ADA });
    await screen.findByRole('option', { name: 'German leads' });

    await user.click(screen.getByRole('button', { name: 'Save view as…' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Save view' }));
    const name = dialog.getByRole('textbox', { name: 'View name' });
    expect(name).toHaveFocus();
    await user.click(dialog.getByRole('button', { name: 'Save view' }));
    expect(dialog.getByText('Give the view a name.')).toBeInTheDocument();
    await user.type(name, 'german LEADS');
    await user.click(dialog.getByRole('button', { name: 'Save view' }));
    expect(await dialog.findByText('You already have a view named german LEADS.')).toBeInTheDocument();
    await user.clear(name);
    await user.type(name, 'France{Enter}');

    await waitFor(() => expect(router.state.location.search).toEqual({ country: 'FR', view: 8 }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(bodies.at(-1)).toMatchObject({ name: 'France', filters: { country: ['FR'] }, sort: '-created' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'View' }), 'German leads');
    await user.click(screen.getByRole('button', { name: 'Delete view' }));
    const confirm = within(await screen.findByRole('alertdialog', { name: 'Delete the view “German leads”?' }));
    expect(confirm.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(confirm.getByRole('button', { name: 'Delete view' }));
    await waitFor(() => expect(router.state.location.search.view).toBeUndefined());
    expect(router.state.location.search).toMatchObject({ country: 'DE' });
    expect(requestsOf(fetchMock).some((r) => r.method === 'DELETE' && r.path === '/api/v1/contact-views/7')).toBe(true);
  });
});
