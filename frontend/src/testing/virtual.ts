import { fireEvent, screen } from '@testing-library/react';
import { vi } from 'vitest';

/**
 * TanStack Virtual sizes its window from the scroll box's clientHeight and clientWidth, which
 * jsdom leaves at 0, so it would render no rows at all. This gives elements that size for the
 * test (Vitest restores it afterwards) and lets the test scroll a table's box, the region named
 * "…, scrollable".
 */
export function stubScrollBox({ height, width }: { height: number; width: number }) {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(height);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(width);
  return {
    scrollTo(top: number, box: HTMLElement = screen.getByRole('region', { name: /, scrollable$/ })) {
      // jsdom keeps no scroll position of its own.
      Object.defineProperty(box, 'scrollTop', { configurable: true, value: top });
      fireEvent.scroll(box);
    },
  };
}
