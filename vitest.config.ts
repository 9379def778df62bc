import { defineConfig } from 'vitest/config';

export default defineConfig({
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
