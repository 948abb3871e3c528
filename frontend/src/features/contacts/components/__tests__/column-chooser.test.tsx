import { beforeEach, describe, expect, it } from 'vitest';

import { VIRTUAL_ROW_HEIGHT } from '@/components/ui/virtual-table';
import { buildContacts } from '@/testing/data';
import { jsonResponse, mockApi } from '@/testing/mock-fetch';
import { stubScrollBox } from '@/testing/virtual';
import { cleanup, renderApp, screen, within } from '@/testing/test-utils';
import { resetAuth } from '@/lib/auth';

import { columnsStorageKey, loadHiddenColumns, saveHiddenColumns } from '@/features/contacts/utils/columns';

beforeEach(() => {
  stubScrollBox({ height: 10 * VIRTUAL_ROW_HEIGHT, width: 1000 });
  mockApi({
    'GET /api/v1/contacts': () => jsonResponse({ items: buildContacts(3), nextCursor: null, total: { value: 3, exact: true } }),
  });
});

function headers() {
  return within(screen.getByRole('table', { name: 'Contacts' }))
    .getAllByRole('columnheader')
    .map((th) => th.textContent);
}

const ALL = ['', 'Name', 'E-mail', 'Company', 'Title', 'Seniority', 'Department', 'E-mail status', 'Country', 'Phone', 'Created'];

describe('Contacts column chooser', { timeout: 20_000 }, () => {
  it('hides and shows columns, and remembers the choice for this user after a reload', async () => {
    const ada = { id: 5, tenant: { id: 1, slug: 'acme', name: 'Acme' } };
    const { user } = await renderApp('/contacts', { user: ada });
    await screen.findByRole('table', { name: 'Contacts' });
    expect(headers()).toEqual(ALL);

    const toggle = screen.getByRole('button', { name: /^Columns/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    const chooser = within(screen.getByRole('group', { name: 'Show columns' }));
    expect(chooser.getByRole('checkbox', { name: 'Name' })).toBeDisabled();
    await user.click(chooser.getByRole('checkbox', { name: 'Title' }));
    await user.click(chooser.getByRole('checkbox', { name: 'Department' }));

    expect(headers()).toEqual(ALL.filter((header) => header !== 'Title' && header !== 'Department'));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Show columns' })).not.toBeInTheDocument();
    expect(toggle).toHaveFocus();

    // A fresh page load, the same user: the columns stay hidden.
    cleanup();
    resetAuth();
    await renderApp('/contacts', { user: ada });
    await screen.findByRole('table', { name: 'Contacts' });
    expect(headers()).not.toContain('Title');
    expect(headers()).not.toContain('Department');

    // Another user of the same browser sees every column.
    cleanup();
    resetAuth();
    await renderApp('/contacts', { user: { ...ada, id: 6 } });
    await screen.findByRole('table', { name: 'Contacts' });
    expect(headers()).toEqual(ALL);
  });

  it('shows every column again on request', async () => {
    saveHiddenColumns(columnsStorageKey(1, 1), new Set(['phone', 'country']));
    const { user } = await renderApp('/contacts', { user: { id: 1, tenant: { id: 1, slug: 'acme', name: 'Acme' } } });
    await screen.findByRole('table', { name: 'Contacts' });
    expect(headers()).not.toContain('Phone');

    await user.click(screen.getByRole('button', { name: /^Columns/ }));
    await user.click(screen.getByRole('button', { name: 'Show all columns' }));

    expect(headers()).toEqual(ALL);
    expect(localStorage.getItem(columnsStorageKey(1, 1))).toBeNull();
  });
});

describe('loadHiddenColumns', () => {
  it('ignores what it cannot read, unknown columns and the name', () => {
    const key = 'k';
    for (const stored of ['not json', '{"hidden":"title"}', '[1,2]', 'null']) {
      localStorage.setItem(key, stored);
      expect(loadHiddenColumns(key)).toEqual(new Set());
    }
    localStorage.setItem(key, JSON.stringify({ hidden: ['title', 'name', 'nonsense', 7] }));
    expect(loadHiddenColumns(key)).toEqual(new Set(['title']));
  });

  it('round-trips what it saved', () => {
    saveHiddenColumns('k', new Set(['phone', 'created']));
    expect(loadHiddenColumns('k')).toEqual(new Set(['created', 'phone']));
  });
});
