import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { EmptyFileSystem, URI } from 'langium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '@svc-lang/core';
import { BUILTIN_SOURCE, BUILTIN_URI, createSvcCoreServices, formatSvcText } from '@svc-lang/language';
import { CLI, REPO } from '../support/paths.js';
import { sarifErrors } from '../../packages/cli/test/sarif-schema.js';
import { parseFlowchart, writtenFlowchart } from '../support/mermaid.js';
import { activeCharacter } from '../support/terminal.js';
import { grammarDocument, hostileFileName, hostileWorkspace, mutatedDocument } from './fuzz-arbitraries.js';

/**
 * Property-based tests: generated and mutated documents must never make svc throw, must give
 * diagnostics inside their document, and the same ones every time; formatting must not throw
 * and must leave formatted text as it is. 1,000 cases run in the suite; `npm run fuzz` runs
 * 100,000 (the CLI property runs one case in a hundred), and `SVC_FUZZ_SEED=<seed>` replays a
 * reported failure.
 * Every input that failed is kept in fixtures/ and checked on every run.
 */
const RUNS = Number(process.env['SVC_FUZZ_RUNS'] ?? 1000);
const SEED = process.env['SVC_FUZZ_SEED'] === undefined ? {} : { seed: Number(process.env['SVC_FUZZ_SEED']) };
/** Generous per case: a hang, not a slow machine, should trip it. */
const CASE_LIMIT_MS = 10_000;

const FIXTURES = path.join(REPO, 'test/reliability/fixtures');
const EXAMPLES = fs
    .readdirSync(path.join(REPO, 'examples'), { recursive: true, encoding: 'utf8' })
    .filter(file => file.endsWith('.svc'))
    .map(file => fs.readFileSync(path.join(REPO, 'examples', file), 'utf8'));

/** One language server's worth of services, reused: each case replaces the one user document. */
class Workspace {
    private readonly services = createSvcCoreServices(EmptyFileSystem);
    private current: URI | undefined;
    private count = 0;

    async init(): Promise<void> {
        const { shared } = this.services;
        const builtin = shared.workspace.LangiumDocumentFactory.fromString(BUILTIN_SOURCE, URI.parse(BUILTIN_URI));
        shared.workspace.LangiumDocuments.addDocument(builtin);
        await shared.workspace.DocumentBuilder.build([builtin], { validation: true });
    }

    /** Builds the text as the only user document and returns its findings; throws if svc threw. */
    async check(text: string): Promise<Finding[]> {
        const { shared, Svc } = this.services;
        // Langium yields to the event loop only for cancellable builds: let the test runner breathe.
        await new Promise(resolve => setImmediate(resolve));
        if (this.current) await shared.workspace.DocumentBuilder.update([], [this.current]);
        const uri = URI.parse(`file:///fuzz/case-${this.count++}.svc`);
        this.current = uri;
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        const result = Svc.analysis.WorkspaceAnalysis.current();
        if (result.failures.length > 0) throw result.failures[0]!.error;
        return [...(result.findingsByUri.get(uri.toString()) ?? [])];
    }
}

/** LSP positions count UTF-16 units on lines ended by \n, \r\n or \r. */
function expectInside(findings: readonly Finding[], text: string): void {
    const lines = text.split(/\r\n|\r|\n/);
    for (const { location, rule } of findings) {
        const { start, end } = location.range;
        const where = `${rule} at ${JSON.stringify(location.range)}`;
        expect(start.line < end.line || (start.line === end.line && start.character <= end.character), where).toBe(true);
        for (const position of [start, end]) {
            expect(position.line >= 0 && position.line < lines.length && position.character >= 0, where).toBe(true);
            expect(position.character <= lines[position.line]!.length, where).toBe(true);
        }
    }
}

/**
 * Findings as a client sees them: without the document's URI, which differs per case, nor its
 * file name, which messages naming where a policy setting came from hold (`case-7.svc:3`).
 */
const comparable = (findings: readonly Finding[]) =>
    findings.map(({ rule, severity, message, location, element }) => ({
        rule,
        severity,
        message: message.replace(/case-\d+\.svc:/g, 'case.svc:'),
        range: location.range,
        element
    }));

async function checkProperties(workspace: Workspace, text: string): Promise<void> {
    const started = performance.now();
    const first = await workspace.check(text);
    expect(performance.now() - started).toBeLessThan(CASE_LIMIT_MS);
    expectInside(first, text);
    expect(comparable(await workspace.check(text))).toEqual(comparable(first));
    // `svc format` and the editor's formatter: never a throw, and a formatted text is already canonical.
    const formatted = formatSvcText(text);
    if (formatted !== undefined) expect(formatSvcText(formatted)).toBe(formatted);
}

describe('fuzzing the language', () => {
    const workspace = new Workspace();
    beforeAll(() => workspace.init());

    it(
        `never throws, keeps diagnostics inside the document and repeats them exactly: ${Math.round(RUNS / 2)} generated documents`,
        async () => {
            await fc.assert(
                fc.asyncProperty(grammarDocument, text => checkProperties(workspace, text)),
                { numRuns: Math.round(RUNS / 2), ...SEED }
            );
        },
        600_000 + RUNS * 50
    );

    it(
        `the same for ${Math.round(RUNS / 2)} mutations of the examples`,
        async () => {
            await fc.assert(
                fc.asyncProperty(mutatedDocument(EXAMPLES), text => checkProperties(workspace, text)),
                { numRuns: Math.round(RUNS / 2), ...SEED }
            );
        },
        600_000 + RUNS * 100
    );

    it.each(fs.readdirSync(FIXTURES).filter(file => file.endsWith('.svc')))('the same for the regression fixture %s', async file => {
        await checkProperties(workspace, fs.readFileSync(path.join(FIXTURES, file), 'utf8'));
    });
});

describe('fuzzing the CLI', () => {
    let folder: string;
    beforeAll(() => {
        folder = fs.mkdtempSync(path.join(os.tmpdir(), 'svc-fuzz-'));
    });
    afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

    const runs = Math.max(12, Math.round(RUNS / 100));
    const options = fc.tuple(fc.constantFrom('text', 'json', 'sarif', 'github'), fc.option(fc.nat(3), { nil: undefined }), fc.boolean());

    it(
        `exits 0, 1 or 2 with at most one line on stderr: ${runs} runs`,
        async () => {
            await fc.assert(
                fc.asyncProperty(fc.oneof(grammarDocument, mutatedDocument(EXAMPLES)), options, async (text, [format, maxWarnings, quiet]) => {
                    fs.writeFileSync(path.join(folder, 'case.svc'), text);
                    const args = [
                        'validate',
                        '--format',
                        format,
                        ...(maxWarnings === undefined ? [] : ['--max-warnings', String(maxWarnings)]),
                        ...(quiet ? ['--quiet'] : []),
                        'case.svc'
                    ];
                    const run = await svc(args, folder);
                    expect([0, 1, 2]).toContain(run.code);
                    expect(run.stderr).toMatch(/^(svc: [^\n]*\n)?$/);
                    if (format === 'json') JSON.parse(run.stdout);
                    if (format === 'sarif') expect(sarifErrors(JSON.parse(run.stdout))).toEqual([]);
                }),
                { numRuns: runs, ...SEED }
            );
        },
        600_000 + runs * 2000
    );

    const writerRuns = Math.max(6, Math.round(RUNS / 200));
    let cases = 0;

    it(
        `writers on hostile file names, long names and hostile titles: valid SARIF, every file written and linked, Mermaid without directives, nothing obeyed by the terminal, nothing outside the folder: ${writerRuns} runs`,
        async () => {
            await fc.assert(
                fc.asyncProperty(hostileFileName, hostileWorkspace, async (name, text) => {
                    const cwd = path.join(folder, `writers-${cases++}`);
                    fs.mkdirSync(cwd);
                    fs.writeFileSync(path.join(cwd, name), text);
                    // `./` keeps a name that starts with `-` from reading as an option.
                    const file = `./${name}`;
                    const runs = {
                        validate: await svc(['validate', '--format', 'sarif', file], cwd),
                        format: await svc(['format', file], cwd),
                        render: await svc(['render', file, '--out', 'out'], cwd),
                        report: await svc(['report', file, '--format', 'md', '--out', 'r.md'], cwd),
                        export: await svc(['export', file, '--format', 'mermaid', '--out', 'm.mmd'], cwd)
                    };
                    for (const [command, run] of Object.entries(runs)) {
                        expect(run.code, `${command}: ${run.stderr}`).toEqual(command === 'validate' ? expect.toBeOneOf([0, 1]) : 0);
                        expect(activeCharacter(run.stderr), command).toBeUndefined();
                        if (command !== 'validate') expect(activeCharacter(run.stdout), command).toBeUndefined();
                    }
                    const log = JSON.parse(runs.validate.stdout);
                    expect(sarifErrors(log)).toEqual([]);
                    const base = log.runs[0].originalUriBaseIds['%SRCROOT%'].uri;
                    // The spec is signed by no one: there is always a result to place.
                    expect(log.runs[0].results.length).toBeGreaterThan(0);
                    for (const result of log.runs[0].results) {
                        expect(fileURLToPath(new URL(result.locations[0].physicalLocation.artifactLocation.uri, base))).toBe(path.join(cwd, name));
                    }
                    const drawn = fs.readdirSync(path.join(cwd, 'out'));
                    expect(drawn.length).toBeGreaterThanOrEqual(5);
                    for (const drawing of drawn) expect(Buffer.byteLength(drawing)).toBeLessThanOrEqual(120);
                    const links = [...fs.readFileSync(path.join(cwd, 'r.md'), 'utf8').matchAll(/!\[(?:\\.|[^\\\]])*\]\(([^)]*)\)/g)].map(m =>
                        decodeURIComponent(m[1]!)
                    );
                    expect(links.length).toBe(drawn.length);
                    for (const link of links) expect(fs.existsSync(path.join(cwd, link)), link).toBe(true);
                    const mermaid = fs.readFileSync(path.join(cwd, 'm.mmd'), 'utf8');
                    const parsed = await parseFlowchart(mermaid);
                    const written = writtenFlowchart(mermaid);
                    expect(parsed.config).toEqual({});
                    expect([...parsed.nodes].sort()).toEqual([...written.nodes].sort());
                    expect(parsed.edges).toBe(written.edges);
                    expect(fs.readdirSync(cwd).sort()).toEqual([name, 'm.mmd', 'out', 'r-diagrams', 'r.md'].sort());
                    fs.rmSync(cwd, { recursive: true, force: true });
                }),
                { numRuns: writerRuns, ...SEED }
            );
        },
        600_000 + writerRuns * 20_000
    );
});

function svc(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise(resolve => {
        const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', chunk => (stdout += chunk));
        child.stderr.on('data', chunk => (stderr += chunk));
        child.on('close', code => resolve({ code, stdout, stderr }));
    });
}
