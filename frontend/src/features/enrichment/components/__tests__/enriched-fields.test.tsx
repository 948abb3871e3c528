import { beforeEach, describe, expect, it } from 'vitest';

import { VIRTUAL_ROW_HEIGHT } from '@/components/ui/virtual-table';
import { buildCompanyDetail } from '@/testing/data';
import { jsonResponse, mockApi } from '@/testing/mock-fetch';
import { stubScrollBox } from '@/testing/virtual';
import { renderApp, screen, within } from '@/testing/test-utils';

beforeEach(() => {
  stubScrollBox({ height: 10 * VIRTUAL_ROW_HEIGHT, width: 1000 });
});

function companyApi(fields: unknown[]) {
  return mockApi({
    'GET /api/v1/companies/20': () => jsonResponse(buildCompanyDetail()),
    'GET /api/v1/companies/20/enrichment': () => jsonResponse(fields),
    'GET /api/v1/contacts': () => jsonResponse({ items: [], nextCursor: null, total: { value: 0, exact: true } }),
  });
}

describe('Enriched fields on the company page', () => {
  it('lists each enriched value with its source and date', async () => {
    companyApi([
      { field: 'employees', value: '120', source: 'firmographics/stub', fetchedAt: '2026-12-02T10:00:00Z' },
      { field: 'industry', value: 'Software', source: 'firmographics/stub', fetchedAt: '2026-12-01T10:00:00Z' },
    ]);

    await renderApp('/companies/20');

    const panel = await screen.findByRole('region', { name: 'Enrichment' });
    const industry = (await within(panel).findByRole('rowheader', { name: 'Industry' })).closest('tr')!;
    expect(within(industry).getByText('Software')).toBeInTheDocument();
    expect(within(industry).getByText('firmographics/stub')).toBeInTheDocument();
    expect(within(industry).getByRole('time')).toHaveAttribute('datetime', '2026-12-01T10:00:00Z');
    expect(within(panel).getByRole('rowheader', { name: 'Employees' })).toBeInTheDocument();
  });

  it('points to the enrichment page when nothing was enriched yet', async () => {
    companyApi([]);

    await renderApp('/companies/20');

    const panel = await screen.findByRole('region', { name: 'Enrichment' });
    expect(await within(panel).findByText(/Not enriched yet/)).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Start an enrichment run' })).toHaveAttribute('href', '/enrichment');
  });
});
