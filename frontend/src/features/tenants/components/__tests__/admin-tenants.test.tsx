import { describe, expect, it } from 'vitest';

import { CreateTenantForm } from '@/features/tenants/components/create-tenant-form';
import { TenantsList } from '@/features/tenants/components/tenants-list';
import { jsonResponse, leadlineProblem, mockApi, requestsOf } from '@/testing/mock-fetch';
import { renderWithProviders, screen, within } from '@/testing/test-utils';

const acme = { id: 10, slug: 'acme', name: 'Acme Corp', status: 'active', createdAt: '2026-11-01T09:00:00Z' } as const;
const initech = { id: 11, slug: 'initech', name: 'Initech', status: 'suspended', createdAt: '2026-11-02T09:00:00Z' } as const;
const platformAdmin = { user: { platformAdmin: true } };

describe('tenant administration', () => {
  it('lists tenants with their status', async () => {
    mockApi({ 'GET /api/v1/admin/tenants': () => jsonResponse({ items: [acme, initech], nextCursor: null }) });

    renderWithProviders(<TenantsList />, platformAdmin);

    const table = await screen.findByRole('table', { name: 'Tenants' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Acme Corp');
    expect(rows[1]).toHaveTextContent('Active');
    expect(rows[2]).toHaveTextContent('initech');
    expect(rows[2]).toHaveTextContent('Suspended');
  });

  it('creates a tenant with its first owner, then lists it', async () => {
    let items: object[] = [acme];
    const fetchMock = mockApi({
      'GET /api/v1/admin/tenants': () => jsonResponse({ items, nextCursor: null }),
      'POST /api/v1/admin/tenants': () => {
        items = [acme, initech];
        return jsonResponse(initech, { status: 201 });
      },
    });
    const { user } = renderWithProviders(
      <>
        <TenantsList />
        <CreateTenantForm />
      </>,
      platformAdmin,
    );
    await screen.findByRole('table', { name: 'Tenants' });

    await user.type(screen.getByLabelText('Name'), 'Initech');
    await user.type(screen.getByLabelText('Slug'), 'initech');
    await user.type(screen.getByLabelText('Owner e-mail'), 'bill@initech.test');
    await user.type(screen.getByLabelText('Owner name'), 'Bill Lumbergh');
    await user.type(screen.getByLabelText('Owner password'), 'tps-reports-123');
    await user.click(screen.getByRole('button', { name: 'Create tenant' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Created Initech (initech)');
    expect(await screen.findByRole('cell', { name: 'Initech' })).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('');
    const post = requestsOf(fetchMock).find(({ method }) => method === 'POST');
    expect(await post!.request.json()).toEqual({
      slug: 'initech',
      name: 'Initech',
      ownerEmail: 'bill@initech.test',
      ownerDisplayName: 'Bill Lumbergh',
      ownerPassword: 'tps-reports-123',
    });
  });

  it('shows the problem and the rejected fields when creation fails', async () => {
    mockApi({
      'POST /api/v1/admin/tenants': () =>
        leadlineProblem('validation-failed', 400, {
          title: 'Validation failed',
          errors: [{ field: 'slug', message: 'is already taken' }],
        }),
    });
    const { user } = renderWithProviders(<CreateTenantForm />, platformAdmin);

    await user.type(screen.getByLabelText('Name'), 'Acme again');
    await user.type(screen.getByLabelText('Slug'), 'acme');
    await user.type(screen.getByLabelText('Owner e-mail'), 'x@acme.test');
    await user.type(screen.getByLabelText('Owner name'), 'X');
    await user.type(screen.getByLabelText('Owner password'), 'long-enough-pw');
    await user.click(screen.getByRole('button', { name: 'Create tenant' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not create the tenant');
    expect(alert).toHaveTextContent('slug: is already taken');
    expect(screen.getByLabelText('Slug')).toHaveAccessibleDescription('is already taken');
  });

  it('tops up a tenant’s credits after checking the amount, and says the new balance', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/admin/tenants': () => jsonResponse({ items: [acme, initech], nextCursor: null }),
      'POST /api/v1/admin/tenants/11/credits': () => jsonResponse({ balance: 2500, held: 0 }),
    });
    const { user } = renderWithProviders(<TenantsList />, platformAdmin);
    await screen.findByRole('table', { name: 'Tenants' });

    await user.click(screen.getByRole('button', { name: 'Top up credits of Initech' }));
    const dialog = screen.getByRole('dialog', { name: 'Top up Initech' });
    await user.type(within(dialog).getByLabelText('Credits to add'), '0');
    await user.click(within(dialog).getByRole('button', { name: 'Add credits' }));
    expect(within(dialog).getByLabelText('Credits to add')).toHaveAccessibleDescription(
      'A whole number of credits from 1 to 1,000,000,000',
    );
    expect(requestsOf(fetchMock).filter(({ method }) => method === 'POST')).toHaveLength(0);

    await user.clear(within(dialog).getByLabelText('Credits to add'));
    await user.type(within(dialog).getByLabelText('Credits to add'), '1,500');
    await user.type(within(dialog).getByLabelText('Note (optional)'), 'Invoice 42');
    await user.click(within(dialog).getByRole('button', { name: 'Add credits' }));

    expect(await screen.findByText('Added 1,500 credits to Initech')).toBeInTheDocument();
    expect(screen.getByText('Its balance is now 2,500 credits.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const post = requestsOf(fetchMock).find(({ method }) => method === 'POST')!;
    expect(await post.request.json()).toEqual({ kind: 'top_up', amount: 1500, note: 'Invoice 42' });
  });

  it('keeps the top-up dialog open with the problem when the API refuses', async () => {
    mockApi({
      'GET /api/v1/admin/tenants': () => jsonResponse({ items: [acme], nextCursor: null }),
      'POST /api/v1/admin/tenants/10/credits': () =>
        leadlineProblem('not-found', 404, { title: 'Not found', detail: 'No tenant 10.' }),
    });
    const { user } = renderWithProviders(<TenantsList />, platformAdmin);
    await screen.findByRole('table', { name: 'Tenants' });

    await user.click(screen.getByRole('button', { name: 'Top up credits of Acme Corp' }));
    await user.type(screen.getByLabelText('Credits to add'), '10');
    await user.click(screen.getByRole('button', { name: 'Add credits' }));

    const dialog = screen.getByRole('dialog', { name: 'Top up Acme Corp' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('No tenant 10.');
  });
});
