import { describe, expect, it } from 'vitest';

import { jsonResponse, leadlineProblem, mockApi } from '@/testing/mock-fetch';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

import { checkSettings } from '@/features/enrichment/components/enrichment-settings-form';

const stages = [
  { name: 'person', description: 'People.', entity: 'contact', fields: [], costPerItem: 1 },
  { name: 'company', description: 'Companies.', entity: 'company', fields: [], costPerItem: 2 },
];

function settingsApi(put: (body: Record<string, unknown>) => Response) {
  return mockApi({
    'GET /api/v1/enrichment/stages': () => jsonResponse(stages),
    'GET /api/v1/enrichment/runs': () => jsonResponse([]),
    'GET /api/v1/enrichment/settings': () =>
      jsonResponse({ freshnessDays: 30, nightlyEnabled: false, nightlyStages: [], nightlyCreditCap: 0 }),
    'PUT /api/v1/enrichment/settings': async (request) => put((await request.json()) as Record<string, unknown>),
  });
}

async function settingsForm() {
  return within(await screen.findByRole('form', { name: 'Enrichment settings' }));
}

describe('Enrichment settings', () => {
  it('turns nightly re-enrichment on with stages and a cap, and says what was saved', async () => {
    const saved: unknown[] = [];
    settingsApi((body) => {
      saved.push(body);
      return jsonResponse(body);
    });
    const { user } = await renderApp('/enrichment');
    const form = await settingsForm();
    expect(form.getByLabelText('Freshness window (days)')).toHaveValue('30');

    await user.clear(form.getByLabelText('Freshness window (days)'));
    await user.type(form.getByLabelText('Freshness window (days)'), '14');
    await user.click(form.getByRole('checkbox', { name: /Re-enrich stale records every night/ }));
    await user.click(form.getByRole('button', { name: 'Save settings' }));
    expect(form.getByText('Choose at least one stage to re-enrich at night.')).toBeInTheDocument();
    expect(form.getByLabelText('Nightly credit cap')).toHaveAccessibleDescription(
      'With a cap of 0 credits nothing is re-enriched: raise it or turn nightly runs off.',
    );

    await user.click(form.getByRole('checkbox', { name: 'person' }));
    await user.clear(form.getByLabelText('Nightly credit cap'));
    await user.type(form.getByLabelText('Nightly credit cap'), '500');
    await user.click(form.getByRole('button', { name: 'Save settings' }));

    expect(await form.findByText('Nightly runs re-enrich person with up to 500 credits a night.')).toBeInTheDocument();
    expect(saved).toEqual([{
      freshnessDays: 14,
      nightlyEnabled: true,
      nightlyStages: ['person'],
      nightlyCreditCap: 500,
    }]);
  });

  it('shows the server’s refusal at the field it names', async () => {
    settingsApi(() =>
      leadlineProblem('invalid-enrichment-request', 422, {
        title: 'Invalid enrichment request',
        detail: 'The freshness window must be between 1 and 3650 days.',
        field: 'freshnessDays',
      }),
    );
    const { user } = await renderApp('/enrichment');
    const form = await settingsForm();
    await user.click(form.getByRole('button', { name: 'Save settings' }));

    await waitFor(() =>
      expect(form.getByLabelText('Freshness window (days)')).toHaveAccessibleDescription(
        'The freshness window must be between 1 and 3650 days.',
      ),
    );
  });

  it('is read-only for members', async () => {
    settingsApi(() => jsonResponse({}));
    await renderApp('/enrichment', { user: { role: 'member' } });
    const form = await settingsForm();

    expect(form.getByLabelText('Freshness window (days)')).toBeDisabled();
    expect(form.queryByRole('button', { name: 'Save settings' })).not.toBeInTheDocument();
    expect(form.getByText('Owners and admins change these settings.')).toBeInTheDocument();
  });

  it('checks days and credits before sending', () => {
    const form = { freshnessDays: '0', nightlyEnabled: false, nightlyStages: [], nightlyCreditCap: '-1' };
    expect(Object.keys(checkSettings(form).errors)).toEqual(['freshnessDays', 'nightlyCreditCap']);
    expect(checkSettings({ ...form, freshnessDays: '3650', nightlyCreditCap: '0' }).settings).toEqual({
      freshnessDays: 3650,
      nightlyEnabled: false,
      nightlyStages: [],
      nightlyCreditCap: 0,
    });
  });
});
