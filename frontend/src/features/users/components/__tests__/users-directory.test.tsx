import { describe, expect, it } from 'vitest';

import { UsersDirectory } from '@/features/users/components/users-directory';
import { buildUser } from '@/testing/data';
import { jsonResponse, leadlineProblem, mockApi, requestsOf } from '@/testing/mock-fetch';
import { renderWithProviders, screen, waitFor, within } from '@/testing/test-utils';

const me = buildUser({ id: 1, email: 'ada@acme.test', displayName: 'Ada Lovelace', role: 'owner' });
const grace = buildUser({
  id: 2,
  email: 'grace@acme.test',
  displayName: 'Grace Hopper',
  role: 'admin',
  createdAt: '2026-11-02T09:00:00Z',
});
const linus = buildUser({
  id: 3,
  email: 'linus@acme.test',
  displayName: 'Linus Torvalds',
  role: 'member',
  disabled: true,
});

const signedInAsAda = { user: { id: 1, email: 'ada@acme.test', role: 'owner' as const } };

function row(email: string) {
  const cell = screen.getByRole('cell', { name: email });
  return within(cell.closest('tr')!);
}

describe('UsersDirectory', () => {
  it('lists the users with their role, status and creation date', async () => {
    mockApi({ 'GET /api/v1/users': () => jsonResponse({ items: [me, grace, linus], nextCursor: null }) });

    renderWithProviders(<UsersDirectory />, signedInAsAda);

    expect(screen.getByText('Loading users…')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Users' });
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(['Name', 'E-mail', 'Role', 'Status', 'Created', 'Actions']);
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(row('grace@acme.test').getByRole('cell', { name: 'Grace Hopper' })).toBeInTheDocument();
    expect(row('grace@acme.test').getByRole('combobox', { name: 'Role of grace@acme.test' })).toHaveValue(
      'admin',
    );
    expect(row('grace@acme.test').getByText('Active')).toBeInTheDocument();
    expect(row('linus@acme.test').getByText('Disabled')).toBeInTheDocument();
    expect(row('grace@acme.test').getByText('Nov 2, 2026')).toHaveAttribute(
      'datetime',
      '2026-11-02T09:00:00Z',
    );
    expect(screen.queryByText('Loading users…')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('keeps you from changing or removing yourself', async () => {
    mockApi({ 'GET /api/v1/users': () => jsonResponse({ items: [me, grace], nextCursor: null }) });

    renderWithProviders(<UsersDirectory />, signedInAsAda);

    await screen.findByRole('table', { name: 'Users' });
    expect(row('ada@acme.test').getByText('You')).toBeInTheDocument();
    expect(row('ada@acme.test').getByRole('combobox')).toBeDisabled();
    expect(row('ada@acme.test').getByRole('button', { name: 'Remove ada@acme.test' })).toBeDisabled();
    expect(row('grace@acme.test').getByRole('combobox')).toBeEnabled();
    expect(row('grace@acme.test').getByRole('button', { name: 'Remove grace@acme.test' })).toBeEnabled();
  });

  it('changes a role inline and shows the last-owner problem when the API refuses', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/users': () => jsonResponse({ items: [me, grace], nextCursor: null }),
      'PATCH /api/v1/users/2': () =>
        leadlineProblem('last-owner', 409, {
          title: 'A tenant needs at least one owner',
          detail: 'Make someone else owner first.',
        }),
    });
    const { user } = renderWithProviders(<UsersDirectory />, signedInAsAda);

    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Role of grace@acme.test' }),
      'viewer',
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not change the role of grace@acme.test');
    expect(alert).toHaveTextContent('A tenant needs at least one owner');
    expect(alert).toHaveTextContent('Make someone else owner first.');
    const patch = requestsOf(fetchMock).find(({ method }) => method === 'PATCH');
    expect(await patch!.request.json()).toEqual({ role: 'viewer' });
    // The select shows what the server still holds.
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Role of grace@acme.test' })).toHaveValue('admin'),
    );

    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refetches the list after a role change succeeds', async () => {
    let current = grace;
    const fetchMock = mockApi({
      'GET /api/v1/users': () => jsonResponse({ items: [me, current], nextCursor: null }),
      'PATCH /api/v1/users/2': async (request) => {
        current = { ...grace, ...((await request.json()) as object) };
        return jsonResponse(current);
      },
    });
    const { user } = renderWithProviders(<UsersDirectory />, signedInAsAda);

    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Role of grace@acme.test' }),
      'member',
    );

    await waitFor(() =>
      expect(requestsOf(fetchMock).filter(({ method }) => method === 'GET')).toHaveLength(2),
    );
    expect(screen.getByRole('combobox', { name: 'Role of grace@acme.test' })).toHaveValue('member');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks before removing a user, and Escape backs out with focus returned', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/users': () => jsonResponse({ items: [me, grace], nextCursor: null }),
    });
    const { user } = renderWithProviders(<UsersDirectory />, signedInAsAda);
    const remove = await screen.findByRole('button', { name: 'Remove grace@acme.test' });

    await user.click(remove);

    const dialog = screen.getByRole('alertdialog', { name: 'Remove Grace Hopper?' });
    expect(dialog).toHaveAccessibleDescription(/grace@acme.test loses access/);
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(remove).toHaveFocus();
    expect(requestsOf(fetchMock).some(({ method }) => method === 'DELETE')).toBe(false);
  });

  it('removes a user once confirmed', async () => {
    let items = [me, grace];
    const fetchMock = mockApi({
      'GET /api/v1/users': () => jsonResponse({ items, nextCursor: null }),
      'DELETE /api/v1/users/2': () => {
        items = [me];
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderWithProviders(<UsersDirectory />, signedInAsAda);

    await user.click(await screen.findByRole('button', { name: 'Remove grace@acme.test' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Remove' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Removed grace@acme.test');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('cell', { name: 'grace@acme.test' })).not.toBeInTheDocument();
    expect(requestsOf(fetchMock).filter(({ method }) => method === 'DELETE')).toHaveLength(1);
  });

  it('shows why a removal was refused inside the confirmation', async () => {
    mockApi({
      'GET /api/v1/users': () => jsonResponse({ items: [me, grace], nextCursor: null }),
      'DELETE /api/v1/users/2': () =>
        leadlineProblem('last-owner', 409, { title: 'A tenant needs at least one owner' }),
    });
    const { user } = renderWithProviders(<UsersDirectory />, signedInAsAda);

    await user.click(await screen.findByRole('button', { name: 'Remove grace@acme.test' }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'A tenant needs at least one owner',
    );
    expect(screen.getByRole('cell', { name: 'grace@acme.test' })).toBeInTheDocument();
  });

  it('adds a user through the dialog', async () => {
    const created = buildUser({ id: 9, email: 'new@acme.test', displayName: 'New Person', role: 'viewer' });
    let items = [me];
    const fetchMock = mockApi({
      'GET /api/v1/users': () => jsonResponse({ items, nextCursor: null }),
      'POST /api/v1/users': () => {
        items = [me, created];
        return jsonResponse(created, { status: 201 });
      },
    });
    const { user } = renderWithProviders(<UsersDirectory />, signedInAsAda);
    await screen.findByRole('table', { name: 'Users' });

    await user.click(screen.getByRole('button', { name: 'Add user' }));
    const dialog = screen.getByRole('dialog', { name: 'Add user' });
    expect(within(dialog).getByLabelText('E-mail')).toHaveFocus();
    await user.type(within(dialog).getByLabelText('E-mail'), 'new@acme.test');
    await user.type(within(dialog).getByLabelText('Display name'), 'New Person');
    await user.type(within(dialog).getByLabelText('Password'), 'a-long-password');
    await user.selectOptions(within(dialog).getByLabelText('Role'), 'viewer');
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Added new@acme.test');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByRole('cell', { name: 'new@acme.test' })).toBeInTheDocument();
    const post = requestsOf(fetchMock).find(({ method }) => method === 'POST');
    expect(await post!.request.json()).toEqual({
      email: 'new@acme.test',
      displayName: 'New Person',
      password: 'a-long-password',
      role: 'viewer',
    });
  });

  it('keeps the add-user dialog open with the problem when the e-mail is taken', async () => {
    mockApi({
      'GET /api/v1/users': () => jsonResponse({ items: [me], nextCursor: null }),
      'POST /api/v1/users': () =>
        leadlineProblem('email-taken', 409, {
          title: 'E-mail address already in use',
          detail: 'grace@acme.test already has an account.',
        }),
    });
    const { user } = renderWithProviders(<UsersDirectory />, signedInAsAda);
    await screen.findByRole('table', { name: 'Users' });

    await user.click(screen.getByRole('button', { name: 'Add user' }));
    const dialog = screen.getByRole('dialog', { name: 'Add user' });
    await user.type(within(dialog).getByLabelText('E-mail'), 'grace@acme.test');
    await user.type(within(dialog).getByLabelText('Display name'), 'Grace');
    await user.type(within(dialog).getByLabelText('Password'), 'a-long-password');
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('E-mail address already in use');
    expect(alert).toHaveTextContent('grace@acme.test already has an account.');
    expect(within(dialog).getByLabelText('E-mail')).toHaveValue('grace@acme.test');
  });

  it('loads the next page with the cursor of the last one', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/users': (request) =>
        new URL(request.url).searchParams.get('cursor') === 'page-2'
          ? jsonResponse({ items: [linus], nextCursor: null })
          : jsonResponse({ items: [me, grace], nextCursor: 'page-2' }),
    });
    const { user } = renderWithProviders(<UsersDirectory />, signedInAsAda);

    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('cell', { name: 'linus@acme.test' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'grace@acme.test' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    const queries = requestsOf(fetchMock).map(({ query }) => Object.fromEntries(query));
    expect(queries).toEqual([{ limit: '50' }, { limit: '50', cursor: 'page-2' }]);
  });
});
