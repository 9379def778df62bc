import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// Tests build the model the way the CLI does; the diagram package itself never sees Langium.
import { validateFiles } from '@svc-lang/language';
import type { DiagramInput } from '../src/index.js';

export const EXAMPLES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../examples');
export const ORGS = ['org1-it-department', 'org2-bid-management', 'org3-finance'] as const;
/** Fixed, so nothing depends on the day the tests run (the examples' policies set asOf anyway). */
export const TODAY = '2011-06-30';

function svcFiles(folder: string): string[] {
    return readdirSync(folder)
        .flatMap(name => (statSync(join(folder, name)).isDirectory() ? svcFiles(join(folder, name)) : name.endsWith('.svc') ? [join(folder, name)] : []))
        .sort();
}

const cache = new Map<string, Promise<DiagramInput>>();

/** The analysis of one example folder (or all of them, for ''), built once per test file. */
export function example(org: string): Promise<DiagramInput> {
    let input = cache.get(org);
    if (!input) {
        input = validateFiles(svcFiles(join(EXAMPLES, org)), { today: TODAY });
        cache.set(org, input);
    }
    return input;
}

/** The analysis of a workspace given as text. */
export async function workspace(files: Record<string, string>): Promise<DiagramInput> {
    const folder = mkdtempSync(join(tmpdir(), 'svc-diagram-'));
    try {
        for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
        return await validateFiles(svcFiles(folder), { today: TODAY });
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}
