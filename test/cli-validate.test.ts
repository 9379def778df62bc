import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '@svc-lang/core';
import { sarifErrors } from '../packages/cli/test/sarif-schema.js';
import { runCli } from './support/run-cli.js';

/** The real command, as CI runs it: the bin shim and the bundle behind it, in a child process. */
const CLI = fileURLToPath(new URL('../packages/cli/', import.meta.url));
const VERSION = JSON.parse(fs.readFileSync(path.join(CLI, 'package.json'), 'utf8')).version;

const FIXTURES: Record<string, string> = {
    'clean/boss.svc': 'stakeholder Boss { perspective business }\n',
    'errors/need.svc': 'need N "x"\n',
    'warnings/hosting.svc': 'service Hosting "Application hosting" at it-operations\n',
    'nested/deeper/need.svc': 'need Deep "deep"\n',
    'stale/need.svc': [
        'stakeholder Boss { perspective business }',
        'need N "x" { raised 2010-01-01 }',
        'service S at it-operations { addresses N }',
        'service M at service-management { manages S }',
        'spec SpecS for S { agreedBy Boss }',
        ''
    ].join('\n'),
    // Revision 2's measures: IT's view beside the business's, an open need, a decided response, claimed against measured.
    'measures/model.svc': [
        'policy { asOf 2011-01-01 }',
        'stakeholder Boss { perspective business }',
        'stakeholder Cio { perspective it }',
        'need N "Estimate costs" { raised 2010-01-01 }',
        'need Open "Nobody answers" { raised 2010-06-01 }',
        'service S "Estimating" at business-process-execution { addresses N, Open }',
        'assessment Before of S { date 2010-02-01  assessors Boss  score functionality 40  score understanding 50 }',
        'assessment After of S { date 2010-09-01  assessors Boss  score functionality 60  score understanding 50 }',
        'assessment ItView of S { date 2010-09-02  assessors Cio  score functionality 90  score understanding 80 }',
        'alignment A "Realign" { aligns N with S  governance { accountable Boss, Cio }  risk low  resources { people 1 }',
        '  decided 2010-03-01  responded 2010-04-01  tbe before 20 after 30 }',
        ''
    ].join('\n'),
    'empty/readme.txt': 'no specifications here\n',
    'notes.md': '# not a specification\n'
};

let root: string;

function svc(...args: string[]) {
    const result = runCli(args, root);
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A usage error: exit 2, nothing on stdout, exactly one `svc: …` line on stderr. */
function expectUsageError(run: ReturnType<typeof svc>, pattern: RegExp) {
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^svc: [^\n]+\n$/);
    expect(run.stderr).toMatch(pattern);
}

beforeAll(() => {
    expect(fs.existsSync(path.join(CLI, 'out/svc.cjs')), 'run npm run build first').toBe(true);
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'svc-cli-'));
    for (const [file, text] of Object.entries(FIXTURES)) {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.writeFileSync(path.join(root, file), text);
    }
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('svc validate: exit codes', () => {
    it('exits 0 on a clean workspace and says so', () => {
        expect(svc('validate', 'clean')).toEqual({ code: 0, stdout: '✔ no problems in 1 file\n', stderr: '' });
    });

    it('exits 1 on errors', () => {
        const run = svc('validate', 'errors');
        expect(run.code).toBe(1);
        expect(run.stdout).toMatch(/^errors\/need\.svc:1:6 error .*N.* \[need-uncovered\]\n\n✖ 1 error, 0 warnings, 0 infos in 1 file\n$/);
        expect(run.stderr).toBe('');
    });

    it('exits 0 on warnings, unless there are more than --max-warnings', () => {
        const warnings = svc('validate', 'warnings');
        const count = (warnings.stdout.match(/ warning /g) ?? []).length;
        expect(warnings.code).toBe(0);
        expect(count).toBeGreaterThan(0);
        expect(svc('validate', 'warnings', '--max-warnings', String(count)).code).toBe(0);
        const over = svc('validate', 'warnings', '--max-warnings', String(count - 1));
        expect(over.code).toBe(1);
        expect(over.stderr).toBe(`svc: too many warnings: ${count} (--max-warnings ${count - 1})\n`);
    });

    it('neither shows nor counts warnings with --quiet', () => {
        expect(svc('validate', 'warnings', '--quiet', '--max-warnings', '0')).toEqual({ code: 0, stdout: '✔ no problems in 1 file\n', stderr: '' });
        expect(svc('validate', 'errors', '--quiet').code).toBe(1);
    });

    it('exits 2 on an unknown flag', () => {
        expectUsageError(svc('validate', '--bogus', 'clean'), /unknown option '--bogus'/);
    });

    it('exits 2 on a missing path, and on a file that is not .svc', () => {
        expectUsageError(svc('validate', 'clean', 'nope'), /^svc: no such file or folder: nope\n$/);
        expectUsageError(svc('validate', 'notes.md'), /^svc: not a \.svc file: notes\.md\n$/);
    });

    it('exits 2 on bad option values', () => {
        expectUsageError(svc('validate', '--as-of', '2011-02-30', 'clean'), /--as-of.*not a calendar date/);
        expectUsageError(svc('validate', '--as-of', 'yesterday', 'clean'), /--as-of.*YYYY-MM-DD/);
        expectUsageError(svc('validate', '--max-warnings', '-1', 'clean'), /--max-warnings/);
        expectUsageError(svc('validate', '--format', 'xml', 'clean'), /--format.*text, json, sarif, github/);
        expectUsageError(svc('validate', '--rule', 'no-such-rule=off', 'clean'), /unknown rule 'no-such-rule'/);
    });

    it('exits 2 with one line when no command is given', () => {
        expectUsageError(svc(), /no command given/);
        expectUsageError(svc('frobnicate'), /unknown command 'frobnicate'/);
    });

    it('prints its version and exits 0', () => {
        expect(svc('--version')).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    });
});

describe('svc validate: paths and overrides', () => {
    it('fails on a folder without .svc files, so that a mistyped path in CI fails', () => {
        const refusal = { code: 2, stdout: '', stderr: 'svc: no .svc files in empty (--allow-empty accepts that)\n' };
        expect(svc('validate', 'empty')).toEqual(refusal);
        expect(svc('validate', 'errors', 'empty')).toEqual(refusal);
        for (const command of ['format', 'render --out out', 'report --out report.html', 'export']) {
            expect(svc(...command.split(' '), 'empty'), command).toEqual(refusal);
        }
        expect(['out', 'report.html'].filter(file => fs.existsSync(path.join(root, file)))).toEqual([]);
    });

    it('reports 0 files for a folder without .svc files with --allow-empty, and a warning on stderr', () => {
        expect(svc('validate', 'empty', '--allow-empty')).toEqual({
            code: 0,
            stdout: '✔ no problems in 0 files\n',
            stderr: 'svc: warning: no .svc files found under empty\n'
        });
    });

    it('searches folders recursively and shows paths relative to the working folder', () => {
        const run = svc('validate', 'nested', 'errors');
        expect(
            run.stdout
                .split('\n')
                .slice(0, 2)
                .map(line => line.split(' ')[0])
        ).toEqual(['errors/need.svc:1:6', 'nested/deeper/need.svc:1:6']);
        expect(run.stdout).toContain('in 2 files');
    });

    it('applies --rule, --as-of and --max-response-days over the defaults', () => {
        expect(svc('validate', 'errors', '--rule', 'need-uncovered=off').code).toBe(0);
        expect(svc('validate', 'errors', '--rule', 'need-uncovered=warning', '--max-warnings', '0').code).toBe(1);
        expect(svc('validate', 'stale').stdout).toContain('[need-stale]');
        expect(svc('validate', 'stale', '--as-of', '2010-02-01').stdout).not.toContain('[need-stale]');
        expect(svc('validate', 'stale', '--max-response-days', '100000').stdout).not.toContain('[need-stale]');
    });

    it('writes the report to --output instead of stdout', () => {
        const run = svc('validate', 'errors', '--output', 'report.txt');
        expect(run).toEqual({ code: 1, stdout: '', stderr: '' });
        expect(fs.readFileSync(path.join(root, 'report.txt'), 'utf8')).toMatch(/\[need-uncovered\]\n\n✖ 1 error/);
    });

    it('creates the missing folders of --output, as report --out does', () => {
        fs.rmSync(path.join(root, 'reports'), { recursive: true, force: true });
        expect(svc('validate', 'errors', '--format', 'sarif', '--output', 'reports/ci/svc.sarif')).toEqual({ code: 1, stdout: '', stderr: '' });
        expect(JSON.parse(fs.readFileSync(path.join(root, 'reports/ci/svc.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
    });

    it('prints the indicators after the summary with --indicators', () => {
        const run = svc('validate', 'stale', '--indicators');
        const [, indicators = ''] = run.stdout.split(/✔ no problems in 1 file\n|✖ [^\n]*\n/);
        expect(indicators).toMatch(/coverage/i);
    });

    it("prints TBE with what it rests on, IT's view and the perception gap, agility in days with open ones, and claimed against measured effect", () => {
        const [, indicators = ''] = svc('validate', 'measures', '--indicators').stdout.split(/✖ [^\n]*\n/);
        const lines = indicators.split('\n');
        const line = (start: string) => lines.find(text => text.trimStart().startsWith(start))?.trim();
        // Business TBE from After (60 × 50 / 100), IT's from ItView (90 × 80 / 100); titles beside the names.
        expect(line('S  ')).toBe('S  TBE 30 (2 of 10 properties)  IT TBE 72  PG +42  "Estimating"');
        expect(line('After of S')).toBe('After of S (2010-09-01)   business view  C 60  M 50  TBE 30 (2 of 10 properties)');
        expect(indicators).toContain('C is the mean of the scores on core properties, M the mean of those on management properties (0–100 each).');
        expect(line('S  functionality')).toBe('S  functionality  IT 90  business 60  PG +30');
        expect(line('overall')).toBe('overall                           median 152 days  p90 214 days  1 responded, 1 open');
        expect(line('level business-process-execution')).toMatch(/^level business-process-execution +median 152 days/);
        expect(line('root package')).toMatch(/^root package +median 152 days/);
        expect(line('oldest open')).toMatch(/^oldest open +need Open, since 2010-06-01: 214 days "Nobody answers"$/);
        expect(line('planning delay')).toMatch(/^planning delay +median 59 days \(trigger → decided\)$/);
        expect(line('delivery delay')).toMatch(/^delivery delay +median 31 days \(decided → responded\)$/);
        expect(line('A  ')).toBe('A  claimed 20 → 30 (+10)  measured 20 → 30 (+10) over 1 service  "Realign"');
    });
});

describe('svc validate: formats', () => {
    it('json carries diagnostics, summary and indicators', () => {
        const run = svc('validate', 'errors', '--format', 'json');
        expect(run.code).toBe(1);
        const report = JSON.parse(run.stdout);
        expect(report.diagnostics).toEqual([
            expect.objectContaining({
                file: 'errors/need.svc',
                line: 1,
                column: 6,
                endLine: 1,
                endColumn: 7,
                severity: 'error',
                rule: 'need-uncovered',
                element: 'N'
            })
        ]);
        expect(report.summary).toEqual({ files: 1, errors: 1, warnings: 0, infos: 0 });
        expect(typeof report.indicators).toBe('object');
        expect(report.indicators).not.toBeNull();
    });

    it("json carries every figure of the paper's measures", () => {
        const { indicators } = JSON.parse(svc('validate', 'measures', '--format', 'json').stdout);
        expect(indicators.tbe[2]).toEqual({
            assessment: 'ItView',
            service: 'S',
            date: '2010-09-02',
            view: 'it',
            scored: 2,
            of: 10,
            core: 90,
            management: 80,
            tbe: 72
        });
        expect(indicators.tbeByService).toEqual([{ service: 'S', tbe: 30, assessment: 'After', itTbe: 72, itAssessment: 'ItView', pg: 42 }]);
        expect(indicators.sem[0]).toMatchObject({
            service: 'S',
            property: 'functionality',
            experienced: 60,
            assessment: 'After',
            itView: 90,
            itAssessment: 'ItView',
            pg: 30
        });
        expect(indicators.agility).toMatchObject({
            asOf: '2011-01-01',
            overall: { count: 2, responded: 1, open: 1, median: 152, p90: 214 },
            byLevel: { 'business-process-execution': { count: 2, responded: 1, open: 1 } },
            byPackage: { '': { count: 2, responded: 1, open: 1 } },
            oldestOpen: { subject: 'Open', subjectKind: 'need', from: '2010-06-01', days: 214 },
            planningMedian: 59,
            deliveryMedian: 31
        });
        expect(indicators.agility.samples).toEqual([
            expect.objectContaining({ subject: 'N', days: 90, open: false, alignment: 'A', decided: '2010-03-01', planningDays: 59, deliveryDays: 31 }),
            expect.objectContaining({ subject: 'Open', from: '2010-06-01', to: '2011-01-01', days: 214, open: true })
        ]);
        expect(indicators.alignmentEffect).toEqual([
            { alignment: 'A', claimed: { before: 20, after: 30, effect: 10 }, measured: { before: 20, after: 30, effect: 10, services: ['S'] } }
        ]);
    });

    it('sarif lists the catalogue and one result per finding', () => {
        const log = JSON.parse(svc('validate', 'errors', '--format', 'sarif').stdout);
        const run = log.runs[0];
        expect(run.tool.driver).toMatchObject({ name: 'svc', version: VERSION });
        expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(RULES.map(rule => rule.id));
        expect(run.results).toHaveLength(1);
        expect(run.results[0]).toMatchObject({ ruleId: 'need-uncovered', level: 'error' });
        expect(run.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'errors/need.svc', uriBaseId: '%SRCROOT%' });
        expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
        expect(sarifErrors(log)).toEqual([]);
    });

    it('sarif is valid SARIF 2.1.0 and names the right file whatever its name holds: space, non-ASCII, %, # or ?', () => {
        const names = ['odd names/a b.svc', 'odd names/ünï.svc', 'odd names/50%.svc', 'odd names/a#b.svc', 'odd names/why?.svc', 'odd names/%41.svc'];
        fs.mkdirSync(path.join(root, 'odd names'));
        names.forEach((name, i) => fs.writeFileSync(path.join(root, name), `need N${i} "x"\n`));
        const log = JSON.parse(svc('validate', 'odd names', '--format', 'sarif').stdout);
        expect(sarifErrors(log)).toEqual([]);
        const base = log.runs[0].originalUriBaseIds['%SRCROOT%'].uri;
        const files = log.runs[0].results.map((r: { locations: [{ physicalLocation: { artifactLocation: { uri: string } } }] }) =>
            fileURLToPath(new URL(r.locations[0].physicalLocation.artifactLocation.uri, base))
        );
        expect(new Set(files)).toEqual(new Set(names.map(name => fs.realpathSync(path.join(root, name)))));
    });

    it('github writes workflow commands only', () => {
        const run = svc('validate', 'errors', '--format', 'github');
        expect(run.code).toBe(1);
        expect(run.stdout).toMatch(/^::error file=errors\/need\.svc,line=1,col=6,endLine=1,endColumn=7,title=need-uncovered::[^\n]+\n$/);
    });

    it('github writes nothing for a clean workspace', () => {
        expect(svc('validate', 'clean', '--format', 'github')).toEqual({ code: 0, stdout: '', stderr: '' });
    });
});
