import { describe, expect, it } from 'vitest';

import { jsonResponse, mockApi, requestsOf } from '@/testing/mock-fetch';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

function page(id: number, nextBefore: number | null) {
  return {
    balance: 8000,
    held: 500,
    available: 7500,
    ledger: [
      { id, kind: 'charge', amount: -450, items: 450, runId: 51, stage: 'person', note: null, createdAt: '2026-12-04T10:05:00Z' },
    ],
    nextBefore,
    usagePerDay: [{ day: '2026-12-04', credits: 450 }],
    usagePerStage: [{ stage: 'person', credits: 450, items: 450 }],
  };
}

describe('Credits page', () => {
  it('shows balance, held and available, usage per stage and the ledger, and pages to older entries', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/credits': (request) =>
        jsonResponse(new URL(request.url).searchParams.get('before') === '40' ? page(39, null) : page(41, 40)),
    });
    const { user } = await renderApp('/credits');

    const balance = within(await screen.findByRole('region', { name: 'Balance' }));
    expect(balance.getByText('Balance').nextSibling).toHaveTextContent('8,000');
    expect(balance.getByText('Held by running runs').nextSibling).toHaveTextContent('500');
    expect(balance.getByText('Available').nextSibling).toHaveTextContent('7,500');

    const stages = within(screen.getByRole('table', { name: 'Usage per stage' }));
    expect(stages.getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['person', '450', '450']);

    const ledger = within(screen.getByRole('table', { name: 'Ledger' }));
    const [, row] = ledger.getAllByRole('row');
    expect(within(row!).getAllByRole('cell').slice(0, 5).map((cell) => cell.textContent)).toEqual([
      'charge',
      '-450',
      '450',
      'Run #51',
      'person',
    ]);
    expect(within(row!).getByRole('link', { name: 'Run #51' })).toHaveAttribute('href', '/enrichment/runs/51');

    await user.click(screen.getByRole('button', { name: 'Older' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Older' })).toBeDisabled());
    expect(screen.getByRole('button', { name: 'Newer' })).toBeEnabled();
    expect(requestsOf(fetchMock).map(({ query }) => query.get('before'))).toEqual([null, '40']);
  });
});
