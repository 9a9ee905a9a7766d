import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The dev server's React refresh preamble is an inline script, which index.html's Content-Security-Policy
// forbids; the policy applies to the built app only (drop the tag when serving in development).
const cspInBuildOnly = {
  name: 'csp-in-build-only',
  apply: 'serve' as const,
  transformIndexHtml: (html: string) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

export default defineConfig({
  plugins: [react(), cspInBuildOnly],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1500 },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20000,
  },
});
