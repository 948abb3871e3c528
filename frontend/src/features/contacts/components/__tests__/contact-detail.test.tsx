import { describe, expect, it } from 'vitest';

import { VIRTUAL_ROW_HEIGHT } from '@/components/ui/virtual-table';

import { buildAuditEvent, buildContactDetail } from '@/testing/data';
import { jsonResponse, leadlineProblem, mockApi, requestsOf } from '@/testing/mock-fetch';
import { stubScrollBox } from '@/testing/virtual';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

import { formatPhone } from '@/features/contacts/utils/phone';
import { validateContactForm } from '@/features/contacts/utils/contact-form';

const ada = buildContactDetail({ id: 42 });
const enriched = [
  { field: 'seniority', value: 'C_LEVEL', source: 'person/title-rules', fetchedAt: '2026-12-01T10:00:00Z' },
  { field: 'emailStatus', value: 'RISKY', source: 'person/dns', fetchedAt: '2026-12-01T10:00:00Z' },
];
const trail = {
  items: [
    buildAuditEvent({
      id: 5,
      action: 'contact.updated',
      targetType: 'contact',
      targetId: '42',
      actorEmail: 'ana@acme.test',
      details: { fields: ['title', 'phone'] },
    }),
  ],
  nextCursor: null,
};

function contactApi(overrides: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/v1/contacts/42': () => jsonResponse(ada),
    'GET /api/v1/contacts/42/enrichment': () => jsonResponse(enriched),
    'GET /api/v1/audit': () => jsonResponse(trail),
    ...overrides,
  });
}

describe('Contact page', () => {
  it('shows every field, custom attributes, the imports, enriched fields with source and date, and the history', async () => {
    const fetchMock = contactApi();

    await renderApp('/contacts/42');

    expect(await screen.findByRole('heading', { name: 'Ada Lovelace', level: 1 })).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByRole('link', { name: 'ada@analytical.example' })).toHaveAttribute(
      'href',
      'mailto:ada@analytical.example',
    );
    expect(within(details).getByRole('link', { name: '+44 20 7123 4567' })).toBeInTheDocument();
    expect(within(details).getByRole('link', { name: 'Analytical Engines Ltd' })).toHaveAttribute('href', '/companies/20');
    expect(within(details).getByText('United Kingdom')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Custom attributes' })).getByText('Trade fair')).toBeInTheDocument();
    const source = screen.getByRole('region', { name: 'Source' });
    expect(within(source).getByRole('link', { name: 'Import #7' })).toHaveAttribute('href', '/imports/7');
    expect(within(source).getByRole('link', { name: 'Import #9' })).toHaveAttribute('href', '/imports/9');

    const enrichment = screen.getByRole('region', { name: 'Enrichment' });
    const seniority = within(await within(enrichment).findByRole('rowheader', { name: 'Seniority' })).getByText('Seniority').closest('tr')!;
    expect(within(seniority).getByText('C_LEVEL')).toBeInTheDocument();
    expect(within(seniority).getByText('person/title-rules')).toBeInTheDocument();
    expect(within(seniority).getByRole('time')).toHaveAttribute('datetime', '2026-12-01T10:00:00Z');

    const history = screen.getByRole('region', { name: 'History' });
    expect(await within(history).findByText('ana@acme.test edited title, phone')).toBeInTheDocument();
    const audit = requestsOf(fetchMock).find(({ path }) => path === '/api/v1/audit')!;
    expect(audit.query.get('targetType')).toBe('contact');
    expect(audit.query.get('targetId')).toBe('42');
  });

  it('opens from a click on a contact row', async () => {
    contactApi({
      'GET /api/v1/contacts': () =>
        jsonResponse({ items: [ada], nextCursor: null, total: { value: 1, exact: true } }),
    });
    stubScrollBox({ height: 10 * VIRTUAL_ROW_HEIGHT, width: 1000 });
    const { user, router } = await renderApp('/contacts');

    const table = await screen.findByRole('table', { name: 'Contacts' });
    await user.click(within(table).getByText('Chief Analyst'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/contacts/42'));
  });

  it('edits only what changed, checks the form first and shows the server’s reason at the field', async () => {
    const patches: unknown[] = [];
    contactApi({
      'PATCH /api/v1/contacts/42': async (request) => {
        const body = (await request.json()) as Record<string, unknown>;
        patches.push(body);
        if (body.country === 'Atlantis') {
          return leadlineProblem('invalid-field', 422, { title: 'Invalid value', detail: 'country is not a known country' });
        }
        return jsonResponse({ ...ada, ...body });
      },
    });
    const { user } = await renderApp('/contacts/42');
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Ada Lovelace' });

    const email = within(dialog).getByLabelText('E-mail');
    await user.clear(email);
    await user.type(email, 'not an address');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(email).toHaveAccessibleDescription('Enter an e-mail address such as ada@example.com.');
    expect(patches).toEqual([]);

    await user.clear(email);
    await user.type(email, 'ada@analytical.example');
    await user.clear(within(dialog).getByLabelText('Country'));
    await user.type(within(dialog).getByLabelText('Country'), 'Atlantis');
    await user.clear(within(dialog).getByLabelText('Title'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Country is not a known country')).toBeInTheDocument();
    expect(patches).toEqual([{ title: null, country: 'Atlantis' }]);

    await user.clear(within(dialog).getByLabelText('Country'));
    await user.type(within(dialog).getByLabelText('Country'), 'DE');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(patches.at(-1)).toEqual({ title: null, country: 'DE' });
  });

  it('deletes after a confirmation and goes back to the contacts', async () => {
    let deleted = false;
    contactApi({
      'DELETE /api/v1/contacts/42': () => {
        deleted = true;
        return new Response(null, { status: 204 });
      },
      'GET /api/v1/contacts': () => jsonResponse({ items: [], nextCursor: null, total: { value: 0, exact: true } }),
    });
    const { user, router } = await renderApp('/contacts/42');
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Delete Ada Lovelace?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(deleted).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete contact' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/contacts'));
    expect(deleted).toBe(true);
  });

  it('lets viewers read but not edit, and hides the history from members', async () => {
    contactApi();
    await renderApp('/contacts/42', { user: { role: 'viewer' } });

    expect(await screen.findByRole('heading', { name: 'Ada Lovelace', level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'History' })).not.toBeInTheDocument();
  });
});

describe('contact form checks', () => {
  it('rejects malformed e-mail, phone and LinkedIn values, and accepts blanks', () => {
    const blank = { email: '', firstName: '', lastName: '', title: '', phone: '', city: '', country: '', linkedinUrl: '' };
    expect(validateContactForm(blank)).toEqual({});
    expect(Object.keys(validateContactForm({ ...blank, email: 'a@b', phone: 'call me', linkedinUrl: 'https://x.com/a' }))).toEqual([
      'email',
      'phone',
      'linkedinUrl',
    ]);
    expect(validateContactForm({ ...blank, email: 'ada@example.com', phone: '+49 30 1234567' })).toEqual({});
  });

  it('groups E.164 numbers for reading', () => {
    expect(formatPhone('+442071234567')).toBe('+44 20 7123 4567');
    expect(formatPhone('+14155550123')).toBe('+1 415 555 0123');
    expect(formatPhone('+49301234567')).toBe('+49 30 1234567');
    expect(formatPhone('030 123')).toBe('030 123');
  });
});
