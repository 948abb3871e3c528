import { describe, expect, it } from 'vitest';

import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderApp, screen, within } from '@/testing/test-utils';

const pages = [
  { label: 'Overview', path: '/' },
  { label: 'Contacts', path: '/contacts' },
  { label: 'Companies', path: '/companies' },
  { label: 'Imports', path: '/imports' },
  { label: 'Jobs', path: '/jobs' },
  { label: 'Admin', path: '/admin' },
];

const status = {
  name: 'Leadline',
  version: '0.1.0',
  roles: ['api', 'worker'],
  time: '2026-11-29T17:00:00Z',
};

function mainNav() {
  return within(screen.getByRole('navigation', { name: 'Main' }));
}

describe('dashboard shell', () => {
  it('links every page from the main navigation and marks the current one', async () => {
    mockFetch(() => jsonResponse(status));

    await renderApp('/');

    expect(screen.getByText('Leadline', { selector: 'span' })).toBeInTheDocument();
    const links = mainNav().getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual(
      pages.map(({ label, path }) => [label, path]),
    );
    expect(mainNav().getByRole('link', { name: 'Overview' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(mainNav().getByRole('link', { name: 'Jobs' })).not.toHaveAttribute('aria-current');
  });

  it('shows the live system status on the overview', async () => {
    mockFetch(() => jsonResponse(status));

    await renderApp('/');

    expect(screen.getByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    const card = screen.getByRole('region', { name: 'System status' });
    expect(await within(card).findByText('API reachable')).toBeInTheDocument();
    expect(within(card).getByText('0.1.0')).toBeInTheDocument();
  });

  it('navigates to a page through its link', async () => {
    mockFetch(() => jsonResponse(status));
    const { user, router } = await renderApp('/');

    await user.click(mainNav().getByRole('link', { name: 'Jobs' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Jobs' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/jobs');
    expect(mainNav().getByRole('link', { name: 'Jobs' })).toHaveAttribute('aria-current', 'page');
    expect(mainNav().getByRole('link', { name: 'Overview' })).not.toHaveAttribute('aria-current');
  });

  it.each(pages.filter(({ path }) => path !== '/'))(
    'says honestly that $label is not available yet',
    async ({ label, path }) => {
      await renderApp(path);

      expect(screen.getByRole('heading', { level: 1, name: label })).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
        /not available in this build yet/,
      );
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
    },
  );

  it('shows a not-found page inside the shell for unknown routes', async () => {
    await renderApp('/no-such-page');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByText('/no-such-page')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to Overview' })).toHaveAttribute('href', '/');
  });
});
