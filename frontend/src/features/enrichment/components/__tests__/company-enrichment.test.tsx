import { beforeEach, describe, expect, it } from 'vitest';

import { VIRTUAL_ROW_HEIGHT } from '@/components/ui/virtual-table';
import { buildCompanyDetail, buildEnrichmentRun } from '@/testing/data';
import { jsonResponse, mockApi, requestsOf } from '@/testing/mock-fetch';
import { stubScrollBox } from '@/testing/virtual';
import { renderApp, screen, within } from '@/testing/test-utils';

const stages = [
  { name: 'person', description: 'E-mail, title, phone.', entity: 'contact', fields: [], costPerItem: 1, available: true },
  { name: 'company', description: 'Reads the website.', entity: 'company', fields: [], costPerItem: 2, available: true },
  {
    name: 'research',
    description: 'Asks a language model.',
    entity: 'company',
    fields: [],
    costPerItem: 5,
    available: false,
    unavailableReason: 'No language-model key is configured (LEADLINE_ANTHROPIC_API_KEY or LEADLINE_OPENAI_API_KEY).',
  },
];

const estimate = {
  stage: 'company',
  entity: 'company',
  selected: 12,
  skippedFresh: 2,
  toEnrich: 10,
  workable: 9,
  maxCredits: 20,
  hold: 20,
  expectedCredits: 18,
  balance: 100,
  available: 100,
  covered: true,
};

function bodiesOf(fetchMock: ReturnType<typeof mockApi>, method: string, path: string) {
  return Promise.all(
    requestsOf(fetchMock)
      .filter((request) => request.method === method && request.path === path)
      .map(({ request }) => request.clone().json() as Promise<unknown>),
  );
}

beforeEach(() => {
  stubScrollBox({ height: 10 * VIRTUAL_ROW_HEIGHT, width: 1000 });
});

describe('Company enrichment', () => {
  it('hands the companies search over and estimates a company stage with the companies filter', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/companies': () => jsonResponse({ items: [], nextCursor: null, total: { value: 0, exact: true } }),
      'GET /api/v1/enrichment/stages': () => jsonResponse(stages),
      'GET /api/v1/enrichment/runs': () => jsonResponse([]),
      'POST /api/v1/enrichment/estimate': () => jsonResponse(estimate),
    });
    const { user } = await renderApp('/companies?q=acme');

    await user.click(screen.getByRole('link', { name: 'Enrich these companies' }));

    expect(await screen.findByLabelText('Name or domain contains')).toHaveValue('acme');
    expect(screen.getByLabelText('Stage')).toHaveValue('company');
    expect(screen.getByRole('group', { name: 'Companies' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'E-mail status' })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Countries'), 'de');
    await user.selectOptions(screen.getByLabelText('Domain'), 'true');
    await user.click(screen.getByRole('button', { name: 'Estimate' }));

    const summary = within(await screen.findByRole('region', { name: 'Estimate' }));
    expect(summary.getByText('To enrich').nextSibling).toHaveTextContent('10');
    expect(await bodiesOf(fetchMock, 'POST', '/api/v1/enrichment/estimate')).toEqual([
      { stage: 'company', companyFilter: { country: ['DE'], q: 'acme', hasDomain: true } },
    ]);
  });

  it('filters companies by country and domain, and hands the filters over to enrichment', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/companies': () => jsonResponse({ items: [], nextCursor: null, total: { value: 0, exact: true } }),
      'GET /api/v1/enrichment/stages': () => jsonResponse(stages),
      'GET /api/v1/enrichment/runs': () => jsonResponse([]),
      'POST /api/v1/enrichment/estimate': () => jsonResponse(estimate),
    });
    const { user } = await renderApp('/companies');

    await user.selectOptions(await screen.findByLabelText('Add a country filter'), 'NO');
    await user.selectOptions(screen.getByLabelText('Domain'), 'true');

    expect(await screen.findByRole('button', { name: 'Remove filter: Country: Norway' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove filter: Has a domain' })).toBeInTheDocument();
    expect(await screen.findByText('No company matches these filters.')).toBeInTheDocument();
    const lists = requestsOf(fetchMock).filter((r) => r.path === '/api/v1/companies');
    expect(lists.at(-1)!.query.getAll('country')).toEqual(['NO']);
    expect(lists.at(-1)!.query.get('hasDomain')).toBe('true');

    await user.click(screen.getByRole('link', { name: 'Enrich these companies' }));

    expect(await screen.findByLabelText('Countries')).toHaveValue('NO');
    expect(screen.getByLabelText('Domain')).toHaveValue('true');
    await user.click(screen.getByRole('button', { name: 'Estimate' }));
    await screen.findByRole('region', { name: 'Estimate' });
    expect(await bodiesOf(fetchMock, 'POST', '/api/v1/enrichment/estimate')).toEqual([
      { stage: 'company', companyFilter: { country: ['NO'], hasDomain: true } },
    ]);
  });

  it('says why a stage cannot run and offers no estimate or start for it', async () => {
    mockApi({
      'GET /api/v1/enrichment/stages': () => jsonResponse(stages),
      'GET /api/v1/enrichment/runs': () => jsonResponse([]),
      'GET /api/v1/enrichment/settings': () =>
        jsonResponse({ freshnessDays: 30, nightlyEnabled: false, nightlyStages: [], nightlyCreditCap: 0 }),
    });
    const { user } = await renderApp('/enrichment');

    await user.selectOptions(await screen.findByLabelText('Stage'), 'research');

    expect(screen.getByRole('option', { name: 'Deep research (L2) · companies · unavailable' })).toBeInTheDocument();
    expect(screen.getByText('Deep research (L2) cannot run here')).toBeInTheDocument();
    expect(screen.getByText(/No language-model key is configured/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Estimate' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Start run' })).toBeDisabled();
  });

  it('shows a run’s outside calls per provider', async () => {
    const run = buildEnrichmentRun({
      id: 77,
      stage: 'research',
      entity: 'company',
      found: 9,
      notFound: 0,
      failed: 1,
      costPerItem: 5,
      providerCalls: 23,
      providerCost: 0.018,
      tokens: 21000,
    });
    mockApi({
      'GET /api/v1/enrichment/runs/77': () => jsonResponse(run),
      'GET /api/v1/enrichment/runs/77/items': () => jsonResponse({ items: [], next: null }),
      'GET /api/v1/enrichment/runs/77/providers': () =>
        jsonResponse([
          { provider: 'openai', calls: 11, ok: 9, rateLimited: 1, failed: 1, cost: 0.018, averageLatencyMs: 812, p95LatencyMs: 1490, inputTokens: 18000, outputTokens: 3000 },
          { provider: 'website', calls: 12, ok: 12, rateLimited: 0, failed: 0, cost: 0, averageLatencyMs: 95, p95LatencyMs: 210, inputTokens: 0, outputTokens: 0 },
        ]),
    });

    await renderApp('/enrichment/runs/77');

    const table = within(await screen.findByRole('table', { name: 'Outside calls per provider' }));
    const openai = table.getByRole('rowheader', { name: 'openai' }).closest('tr')!;
    expect(openai).toHaveTextContent('11');
    expect(openai).toHaveTextContent('812 ms');
    expect(openai).toHaveTextContent('18,000 / 3,000');
    expect(openai).toHaveTextContent('0.018');
    expect(table.getByRole('rowheader', { name: 'website' }).closest('tr')).toHaveTextContent('—');
  });
});

describe('Company page insights', () => {
  it('shows the fit score, summary, reasons and website facts with their sources', async () => {
    const researched = { source: 'research/openai', fetchedAt: '2026-12-05T09:00:00Z', url: null, items: null };
    const read = { source: 'company/website', fetchedAt: '2026-12-05T08:00:00Z', url: 'https://acme.test/about' };
    mockApi({
      'GET /api/v1/companies/20': () => jsonResponse(buildCompanyDetail()),
      'GET /api/v1/contacts': () => jsonResponse({ items: [], nextCursor: null, total: { value: 0, exact: true } }),
      'GET /api/v1/companies/20/enrichment': () =>
        jsonResponse([
          { field: 'businessModel', value: 'B2B', ...researched },
          { field: 'description', value: 'Pumps for breweries.', ...read, items: null },
          { field: 'employeeRange', value: '51-200', ...researched },
          { field: 'fitReasons', value: '["Sells to breweries","EU based"]', ...researched, items: ['Sells to breweries', 'EU based'] },
          { field: 'fitScore', value: '82', ...researched },
          { field: 'industryClass', value: 'Manufacturing', ...researched },
          { field: 'socialLinks', value: '["https://x.com/acme","javascript:alert(1)"]', ...read, items: ['https://x.com/acme', 'javascript:alert(1)'] },
          { field: 'summary', value: 'Acme builds pumps for craft breweries across Europe.', ...researched },
        ]),
    });

    await renderApp('/companies/20');

    const research = within(await screen.findByRole('region', { name: 'Fit and research' }));
    expect(research.getByRole('meter', { name: 'Fit score' })).toHaveAttribute('aria-valuenow', '82');
    expect(research.getByText('good fit')).toBeInTheDocument();
    expect(research.getByText('Acme builds pumps for craft breweries across Europe.')).toBeInTheDocument();
    expect(within(research.getByRole('region', { name: 'Fit reasons' })).getAllByRole('listitem')).toHaveLength(2);
    expect(research.getByText('Manufacturing')).toBeInTheDocument();
    expect(research.getByText(/Researched by research\/openai/)).toBeInTheDocument();

    const website = within(screen.getByRole('region', { name: 'From the website' }));
    expect(website.getByText('Pumps for breweries.')).toBeInTheDocument();
    expect(website.getByRole('link', { name: /x\.com\/acme/ })).toHaveAttribute('href', 'https://x.com/acme');
    expect(website.getByText('javascript:alert(1)').closest('a')).toBeNull();
    expect(website.getByRole('link', { name: /acme\.test\/about/ })).toHaveAttribute('href', 'https://acme.test/about');
  });
});
