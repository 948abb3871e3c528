import { describe, expect, it, vi } from 'vitest';

import { Panel } from '@/components/ui/panel';
import { render, screen } from '@/testing/test-utils';

function Exploding(): never {
  throw new Error('Chart data was malformed');
}

describe('Panel', () => {
  it('contains a crash to the panel that crashed', () => {
    // React reports caught errors on the console; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {});

    render(
      <>
        <Panel title="Broken">
          <Exploding />
        </Panel>
        <Panel title="Healthy">
          <p>Still here</p>
        </Panel>
      </>,
    );

    const broken = screen.getByRole('region', { name: 'Broken' });
    expect(broken).toHaveTextContent('Something went wrong');
    expect(broken).toHaveTextContent('Chart data was malformed');
    expect(screen.getByRole('region', { name: 'Healthy' })).toHaveTextContent('Still here');
  });
});
