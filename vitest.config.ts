import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));

export default defineConfig({
    resolve: {
        // Unit tests import the packages' sources, never a stale `dist/` of another package: editing
        // core and running a language test runs the edited core. (End-to-end tests run the bundles.)
        alias: [
            { find: /^@svc-lang\/core$/, replacement: source('core/src/index.ts') },
            { find: /^@svc-lang\/diagram$/, replacement: source('diagram/src/index.ts') },
            { find: /^@svc-lang\/language$/, replacement: source('language/src/index.ts') },
            { find: /^@svc-lang\/language\/server$/, replacement: source('language/src/server/main.ts') },
            { find: /^@svc-lang\/language\/protocol$/, replacement: source('language/src/lsp/diagram-protocol.ts') }
        ]
    },
    test: {
        include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
        // End-to-end tests spawn the bundled CLI and server; give them room on a 2-core machine.
        testTimeout: 30_000,
        hookTimeout: 60_000,
        // In CI, also keep a machine-readable result that .ci/run turns into its closing line.
        reporters: process.env['CI'] ? ['default', 'json'] : ['default'],
        outputFile: { json: 'test-results/vitest.json' }
    }
});
