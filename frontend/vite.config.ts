/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';

import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The Spring Boot app; override to point `npm run dev` at another instance.
const backendUrl = process.env.LEADLINE_BACKEND_URL ?? 'http://localhost:8080';

// Trailing slashes matter: '/api' would also swallow SPA routes such as /api-keys.
const backendPaths = ['/api/', '/actuator/', '/v3/'];

/** Fails the build when index.html would need 'unsafe-inline' under the server's CSP. */
function forbidInlineCodeInHtml(): Plugin {
  const offences: [RegExp, string][] = [
    [/<script\b(?![^>]*\bsrc=)[^>]*>/i, 'an inline <script>'],
    [/<style\b/i, 'a <style> element'],
    [/\sstyle\s*=/i, 'a style attribute'],
    [/\son[a-z]+\s*=/i, 'an inline event handler'],
  ];
  return {
    name: 'leadline:forbid-inline-code-in-html',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { filename }) {
        const found = offences.filter(([pattern]) => pattern.test(html)).map(([, what]) => what);
        if (found.length > 0) {
          throw new Error(`${filename} has ${found.join(', ')}; the server's CSP forbids inline code`);
        }
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), forbidInlineCodeInHtml()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: Object.fromEntries(backendPaths.map((path) => [path, { target: backendUrl }])),
  },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    // Never inline assets as data: URIs; the server's CSP only trusts files it serves.
    assetsInlineLimit: 0,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
    unstubGlobals: true,
    // jsdom tests that click through a page take 0.5 to 2 s on a quiet 2-core machine; with the machine loaded
    // (other builds, a cluster beside them) one took more than the default 5 s and failed. A hung test still
    // fails, after 30 s.
    testTimeout: 30_000,
  },
});
