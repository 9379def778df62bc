import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// This module is bundled into bench/out/*.mjs, so the repository is two levels up from there.
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const WORKER = resolve(ROOT, 'bench/out/worker.mjs');
/** The real CLI entry; `svc lsp --stdio` is the language server users run. */
export const CLI = resolve(ROOT, 'packages/cli/bin/svc.cjs');
export const RESULTS = resolve(ROOT, 'bench-results');
