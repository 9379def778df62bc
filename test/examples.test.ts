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

describe('indicators of the aligned example, computed by hand', () => {
    const indicators = () => validate(`examples/${ALIGNED}`).report.indicators as {
        tbe: Array<{ assessment: string; core?: number; management?: number; tbe?: number }>;
        alignmentEffect: Array<{ alignment: string; effect: number }>;
        agility: { overall: { count: number; median?: number; p90?: number } };
        coverage: { needs: { count: number; total: number } };
    };

    it('TBE = C × M / 100 per assessment, absent when a side has no scores', () => {
        const tbe = Object.fromEntries(indicators().tbe.map(entry => [entry.assessment.split('.').pop(), entry]));
        // EstimatingReview: C = (80+82+84+74+72)/5 = 78.4; M = (70+75+68+60+66)/5 = 67.8; TBE = 53.1552.
        expect(tbe['EstimatingReview']).toMatchObject({ core: 78.4, management: 67.8, tbe: 53.16 });
        // MethodReview: C = 76, M = 78, TBE = 59.28. BidCostReview: C = 78, M = (72+74)/2 = 73, TBE = 56.94.
        expect(tbe['MethodReview']).toMatchObject({ core: 76, management: 78, tbe: 59.28 });
        expect(tbe['BidCostReview']).toMatchObject({ core: 78, management: 73, tbe: 56.94 });
        // OperatingModelReview scores only management properties: M = 70, no C, so no TBE.
        expect(tbe['OperatingModelReview']).toEqual(expect.not.objectContaining({ core: expect.anything(), tbe: expect.anything() }));
        expect(tbe['OperatingModelReview']!.management).toBe(70);
    });

    it('agility: days from raised (or change date) to responded; median, and p90 by nearest rank', () => {
        // Realign2010 responded 2010-04-01: CostEstimating (2010-02-01) 59 days, BidCostVisibility (2010-01-25) 66,
        // ConsistentMethod (2010-03-01) 31, change CostCentre (2010-01-10) 81. Sorted 31, 59, 66, 81:
        // median (59 + 66) / 2 = 62.5; p90 is rank ⌈0.9 × 4⌉ = 4, so 81.
        expect(indicators().agility.overall).toEqual({ count: 4, median: 62.5, p90: 81 });
    });

    it('alignment effect is after − before, and every need is covered', () => {
        expect(indicators().alignmentEffect.map(entry => entry.effect)).toEqual([15, 5]);
        expect(indicators().coverage.needs).toMatchObject({ count: 3, total: 3 });
    });
});
