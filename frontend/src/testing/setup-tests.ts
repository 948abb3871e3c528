import '@testing-library/jest-dom/vitest';

import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

import { resetAuth } from '@/lib/auth';

// jsdom leaves Request to Node, which rejects relative URLs; a browser resolves them against
// the page. The API client calls same-origin paths such as '/api/v1/status', so behave like one.
class BrowserRequest extends Request {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, window.location.href) : input, init);
  }
}
globalThis.Request = BrowserRequest;

// jsdom does not implement scrolling; the router scrolls to the top on every navigation.
window.scrollTo = () => {};

beforeEach(() => {
  // A test that forgets to mock a request fails loudly instead of touching the network.
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL) => {
      const url = input instanceof Request ? input.url : String(input);
      return Promise.reject(new Error(`Unmocked fetch: ${url}`));
    }),
  );
});

afterEach(() => {
  cleanup();
  // The session lives in module state; every test starts from a fresh page load.
  resetAuth();
  // Remembered table columns and the like belong to one test.
  localStorage.clear();
});
