import { describe, expect, it } from 'vitest';

import { SystemStatus } from '@/features/system-status/components/system-status';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';
import { renderWithProviders, screen, within } from '@/testing/test-utils';

const status = {
  name: 'Leadline',
  version: '0.1.0',
  roles: ['api', 'worker'],
  time: '2026-11-29T17:00:00Z',
};

describe('SystemStatus', () => {
  it('shows a skeleton, then the version and roles the API reports', async () => {
    const fetchMock = mockFetch(() => jsonResponse(status));

    renderWithProviders(<SystemStatus />);

    expect(screen.getByRole('status')).toHaveTextContent('Checking the API');
    expect(await screen.findByText('API reachable')).toBeInTheDocument();
    expect(screen.getByText('0.1.0')).toBeInTheDocument();
    const roles = within(screen.getByRole('list', { name: 'Roles' })).getAllByRole('listitem');
    expect(roles.map((role) => role.textContent)).toEqual(['api', 'worker']);
    expect(screen.getByText('Leadline')).toBeInTheDocument();
    expect(document.querySelector('time')).toHaveAttribute('datetime', '2026-11-29T17:00:00Z');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    const request = fetchMock.mock.calls[0]?.[0] as Request;
    expect(new URL(request.url).pathname).toBe('/api/v1/status');
  });

  it('shows the problem title and detail when the API answers with problem details', async () => {
    mockFetch(() =>
      problemResponse(
        { title: 'Service Unavailable', detail: 'The database is starting up.' },
        503,
      ),
    );

    renderWithProviders(<SystemStatus />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('API answered with HTTP 503');
    expect(alert).toHaveTextContent('Service Unavailable');
    expect(alert).toHaveTextContent('The database is starting up.');
    expect(screen.queryByText('API reachable')).not.toBeInTheDocument();
  });

  it('says the API is unreachable when no answer arrives', async () => {
    mockFetch(() => Promise.reject(new TypeError('Failed to fetch')));

    renderWithProviders(<SystemStatus />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('API unreachable');
    expect(alert).toHaveTextContent('Network error');
  });

  it('recovers when the user retries after a failure', async () => {
    let calls = 0;
    mockFetch(() =>
      ++calls === 1
        ? problemResponse({ title: 'Bad Gateway' }, 502)
        : jsonResponse({ ...status, version: '0.1.1' }),
    );

    const { user } = renderWithProviders(<SystemStatus />);

    await user.click(await screen.findByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('API reachable')).toBeInTheDocument();
    expect(screen.getByText('0.1.1')).toBeInTheDocument();
    expect(calls).toBe(2);
  });
});
