import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The real CLI entry, as users run it (`npx svc` resolves to the same file). */
export const CLI = resolve(REPO, 'packages/cli/bin/svc.cjs');
