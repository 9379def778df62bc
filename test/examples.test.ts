import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './support/paths.js';
import { runCli } from './support/run-cli.js';

const EXAMPLES = join(REPO, 'examples');
const FOLDERS = readdirSync(EXAMPLES).filter(name => statSync(join(EXAMPLES, name)).isDirectory()).sort();
const ALIGNED = 'org2-bid-management';

interface JsonReport {
    diagnostics: Array<{ file: string; line: number; rule: string; severity: string; message: string }>;
    summary: { files: number; errors: number; warnings: number; infos: number };
    indicators: Record<string, unknown>;
}

function validate(path: string): { status: number | null; report: JsonReport } {
    const run = runCli(['validate', path, '--format', 'json'], REPO);
    expect(run.stderr).toBe('');
    return { status: run.status, report: JSON.parse(run.stdout) as JsonReport };
}

/** `file:line rule` for every `// expect: rule, rule` comment below `folder`. */
function expectations(folder: string): string[] {
    const expected: string[] = [];
    for (const file of readdirSync(folder).filter(name => name.endsWith('.svc'))) {
        const path = relative(REPO, join(folder, file));
        readFileSync(join(folder, file), 'utf8').split('\n').forEach((text, index) => {
            const rules = /\/\/\s*expect:\s*(.+)$/.exec(text)?.[1];
            rules?.split(',').forEach(rule => expected.push(`${path}:${index + 1} ${rule.trim()}`));
        });
    }
    return expected.sort();
}

const found = (report: JsonReport) => report.diagnostics.map(d => `${d.file}:${d.line} ${d.rule}`).sort();

describe('the bundled examples', () => {
    it('has three organisations, one of them fully aligned', () => {
        expect(FOLDERS).toEqual(['org1-it-department', 'org2-bid-management', 'org3-finance']);
    });

    it.each(FOLDERS)('%s reports exactly the diagnostics its // expect: comments name', folder => {
        const { status, report } = validate(`examples/${folder}`);
        expect(found(report)).toEqual(expectations(join(EXAMPLES, folder)));
        expect(status).toBe(report.summary.errors > 0 ? 1 : 0);
    });

    it('the aligned organisation is clean: no diagnostics at all, exit 0', () => {
        const { status, report } = validate(`examples/${ALIGNED}`);
        expect(report.diagnostics).toEqual([]);
        expect(status).toBe(0);
    });

    it('validating all examples together gives the union of the organisations', () => {
        const { status, report } = validate('examples');
        expect(found(report)).toEqual(FOLDERS.flatMap(folder => expectations(join(EXAMPLES, folder))).sort());
        expect(status).toBe(1);
    });
});
