import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './support/paths.js';
import { runCli } from './support/run-cli.js';

const EXAMPLES = join(REPO, 'examples');
// The organisations: every folder but ci/, which holds the CI snippets of the README.
const FOLDERS = readdirSync(EXAMPLES)
    .filter(name => name !== 'ci' && statSync(join(EXAMPLES, name)).isDirectory())
    .sort();
/** The organisation CI validates on its own and expects exit 0 from: warnings, no errors. */
const WITHOUT_ERRORS = 'org2-bid-management';
/** The review date of every example's policy: indicators measured on it do not depend on the day the tests run. */
const AS_OF = '2011-01-31';

interface JsonReport {
    diagnostics: Array<{ file: string; line: number; rule: string; severity: string; message: string }>;
    summary: { files: number; errors: number; warnings: number; infos: number };
    indicators: Record<string, unknown>;
}

function validate(path: string, ...options: string[]): { status: number | null; report: JsonReport } {
    const run = runCli(['validate', path, '--format', 'json', ...options], REPO);
    expect(run.stderr).toBe('');
    return { status: run.status, report: JSON.parse(run.stdout) as JsonReport };
}

/** `file:line rule` for every `// expect: rule, rule` comment below `folder`. */
function expectations(folder: string): string[] {
    const expected: string[] = [];
    for (const file of readdirSync(folder).filter(name => name.endsWith('.svc'))) {
        const path = relative(REPO, join(folder, file));
        readFileSync(join(folder, file), 'utf8')
            .split('\n')
            .forEach((text, index) => {
                const rules = /\/\/\s*expect:\s*(.+)$/.exec(text)?.[1];
                rules?.split(',').forEach(rule => expected.push(`${path}:${index + 1} ${rule.trim()}`));
            });
    }
    return expected.sort();
}

const found = (report: JsonReport) => report.diagnostics.map(d => `${d.file}:${d.line} ${d.rule}`).sort();

describe('the bundled examples', () => {
    it('has three organisations, one of them without errors', () => {
        expect(FOLDERS).toEqual(['org1-it-department', 'org2-bid-management', 'org3-finance']);
    });

    it.each(FOLDERS)('%s reports exactly the diagnostics its // expect: comments name', folder => {
        const { status, report } = validate(`examples/${folder}`);
        expect(found(report)).toEqual(expectations(join(EXAMPLES, folder)));
        expect(status).toBe(report.summary.errors > 0 ? 1 : 0);
    });

    it('the bid-management organisation has warnings (its response is only planned) and no errors: exit 0', () => {
        const { status, report } = validate(`examples/${WITHOUT_ERRORS}`);
        expect(report.summary.errors).toBe(0);
        expect(report.diagnostics.map(d => d.rule)).toContain('need-stale');
        expect(status).toBe(0);
    });

    it('validating all examples together gives the union of the organisations', () => {
        const { status, report } = validate('examples');
        expect(found(report)).toEqual(FOLDERS.flatMap(folder => expectations(join(EXAMPLES, folder))).sort());
        expect(status).toBe(1);
    });
});

describe('indicators of the examples, computed by hand', () => {
    interface Indicators {
        tbe: Array<{ assessment: string; view: string; scored: number; of: number; core?: number; management?: number; tbe?: number }>;
        tbeByService: Array<{ service: string; tbe?: number; itTbe?: number; pg?: number }>;
        sem: Array<{ service: string; property: string; experienced?: number; itView?: number; pg?: number; nx?: number }>;
        alignmentEffect: unknown[];
        agility: {
            asOf: string;
            overall: { count: number; responded: number; open: number; median?: number; p90?: number };
            oldestOpen?: { subject: string; days: number };
        };
        coverage: { needs: { count: number; total: number }; commitments: { count: number; total: number } };
    }
    const indicators = (folder: string) => validate(`examples/${folder}`, '--as-of', AS_OF).report.indicators as unknown as Indicators;
    const byName = <T extends { assessment: string }>(entries: T[]) => Object.fromEntries(entries.map(entry => [entry.assessment.split('.').pop(), entry]));

    it('TBE = C × M / 100 per assessment, with its view and how many properties it rests on', () => {
        const tbe = byName(indicators('org1-it-department').tbe);
        // HealthCheck2010 (business): C = (58 + 60) / 2 = 59; M = (30 + 35 + 40) / 3 = 35; TBE = 20.65.
        expect(tbe['HealthCheck2010']).toMatchObject({ view: 'business', scored: 5, of: 10, core: 59, management: 35, tbe: 20.65 });
        // ItReview2010Q3 (IT): C = (96 + 78 + 84) / 3 = 86; M = (72 + 76) / 2 = 74; TBE = 63.64.
        expect(tbe['ItReview2010Q3']).toMatchObject({ view: 'it', scored: 5, of: 10, core: 86, management: 74, tbe: 63.64 });
        // ApplicationsTeamView scores only management properties: M = 22.5, no C, so no TBE.
        expect(tbe['ApplicationsTeamView']).toEqual(expect.not.objectContaining({ core: expect.anything(), tbe: expect.anything() }));
        expect(tbe['ApplicationsTeamView']!.management).toBe(22.5);
    });

    it('the perception gap: IT view − business experience, per property and on TBE', () => {
        const org1 = indicators('org1-it-department');
        expect(org1.tbeByService).toEqual([expect.objectContaining({ service: 'org1.it.OrderManagement', tbe: 20.65, itTbe: 63.64, pg: 42.99 })]);
        const row = (property: string) => org1.sem.find(entry => entry.service === 'org1.it.OrderManagement' && entry.property === property);
        // The latest IT score is IT's view: the quarterly review (2010-10-05), not the older team view (2010-09-15).
        expect(row('understanding')).toMatchObject({ experienced: 30, itView: 72, pg: 42, nx: -40 });
        expect(row('functionality')).toMatchObject({ experienced: 58, itView: 78, pg: 20 });
        // Only the business's score counts as assessing a commitment: functionality, not infrastructure or performance.
        expect(org1.coverage.commitments).toMatchObject({ count: 1, total: 3 });
    });

    it('agility counts open triggers at their age: a planned response answers nothing yet', () => {
        const org2 = indicators('org2-bid-management');
        // Open at 2011-01-31: CostEstimating (raised 2010-02-01) 364 days, CostCentre (2010-01-04) 392,
        // Partnering (2009-10-01) 487. Median 392; p90 is rank ⌈0.9 × 3⌉ = 3, so 487.
        expect(org2.agility.asOf).toBe(AS_OF);
        expect(org2.agility.overall).toEqual({ count: 3, responded: 0, open: 3, median: 392, p90: 487 });
        expect(org2.agility.oldestOpen).toMatchObject({ subject: 'org2.bids.Partnering', days: 487 });
        expect(org2.coverage.needs).toMatchObject({ count: 1, total: 1 });
        expect(org2.alignmentEffect).toEqual([]);
        // org1: 61 (MobileSales), 215 (ErpSupportEnds), 266, 305 (NewCompetitor), 322: median 266, p90 rank 5, 322.
        expect(indicators('org1-it-department').agility.overall).toEqual({ count: 5, responded: 0, open: 5, median: 266, p90: 322 });
    });
});
