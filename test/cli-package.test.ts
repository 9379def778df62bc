// The published CLI outside this repository: `npm pack` the package, install the tarball into an
// empty project with no registry and an empty cache, and run every command there. Whatever the
// tarball needs at run time and lacks (a workspace package, a file outside `files`) fails here.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, InitializeRequest, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, REPO } from './support/paths.js';

const PACKAGE = join(REPO, 'packages/cli');

// One package with a broken reference, so the analysis has something to say, written
// off-layout so that `format` has something to change.
const WORKSPACE = {
    'business.svc':
        'package shop\n\nstakeholder Owner "Shop owner" {\n  perspective business\n}\n\nneed Orders "Take orders online" {\n  raisedBy Owner\n    priority high\n}\n',
    'it.svc': 'package shop\n\nservice Webshop "Web shop" at business-process-execution {\n  owner NoSuchStakeholder\n  addresses Orders\n}\n'
};

/**
 * npm as a user runs it in their project. Under `npm test` the environment holds this
 * repository's npm settings (npm_config_local_prefix, npm_package_json, …): none may leak in.
 */
function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
    return spawnSync('npm', args, {
        cwd,
        encoding: 'utf8',
        env: { ...env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' }
    });
}

describe('the packed CLI, installed into an empty project', { timeout: 120_000 }, () => {
    let temp: string;
    let project: string;
    let packed: { name: string; filename: string; files: { path: string }[] };
    let svcBin: string;

    beforeAll(() => {
        expect(existsSync(CLI) && existsSync(join(PACKAGE, 'out/svc.cjs')), 'run npm run build first').toBe(true);
        temp = mkdtempSync(join(tmpdir(), 'svc-package-'));
        // prepack would rebuild the repository when a source is newer than the bundle; here the
        // bundle the other end-to-end tests run is the one packed, so it stays untouched.
        const pack = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', temp], PACKAGE);
        expect(pack.status, pack.stderr).toBe(0);
        [packed] = JSON.parse(pack.stdout) as [typeof packed];

        project = join(temp, 'project');
        mkdirSync(project);
        writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'uses-svc', private: true }));
        // An empty cache and --offline: the install succeeds only if the tarball needs nothing else.
        const install = npm(
            ['install', '--save-dev', '--offline', '--cache', join(temp, 'npm-cache'), '--ignore-scripts', join(temp, packed.filename)],
            project
        );
        expect(install.status, install.stderr).toBe(0);
        svcBin = join(project, 'node_modules/.bin/svc');

        const workspace = join(project, 'specs');
        mkdirSync(workspace);
        for (const [name, text] of Object.entries(WORKSPACE)) writeFileSync(join(workspace, name), text);
    });

    afterAll(() => {
        if (temp) rmSync(temp, { recursive: true, force: true });
    });

    const svc = (...args: string[]) =>
        spawnSync(process.execPath, [svcBin, ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

    it('is named @svc-lang/cli, ships only its bundle and declares no runtime dependency', () => {
        expect(packed.name).toBe('@svc-lang/cli');
        expect(packed.files.map(file => file.path).sort()).toEqual(['LICENSE', 'README.md', 'bin/svc.cjs', 'out/elk.cjs', 'out/svc.cjs', 'package.json']);
        const manifest = JSON.parse(readFileSync(join(project, 'node_modules/@svc-lang/cli/package.json'), 'utf8'));
        expect(manifest.dependencies).toBeUndefined();
        expect(manifest.private).toBeUndefined();
        expect(manifest.bin).toEqual({ svc: 'bin/svc.cjs' });
        expect(manifest.engines.node).toBe(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).engines.node);
        expect(manifest.scripts.prepack).toBeTypeOf('string');
    });

    it('validates', () => {
        const run = svc('validate', 'specs', '--format', 'json');
        expect(run.stderr).toBe('');
        expect(run.status).toBe(1);
        const report = JSON.parse(run.stdout);
        expect(report.summary.files).toBe(2);
        expect(report.diagnostics).toContainEqual(expect.objectContaining({ file: 'specs/it.svc', line: 4, rule: 'unresolved-reference' }));
        expect(svc('--version').stdout.trim()).toBe(JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')).version);
    });

    it('formats', () => {
        expect(svc('format', '--check', 'specs').status).toBe(1);
        const run = svc('format', 'specs');
        expect(run.status, run.stderr).toBe(0);
        expect(readFileSync(join(project, 'specs/business.svc'), 'utf8')).toContain('\n  raisedBy Owner\n  priority high\n');
        expect(svc('format', '--check', 'specs').status).toBe(0);
    });

    it('renders with the layout engine shipped beside the bundle', () => {
        const run = svc('render', 'specs', '--out', 'diagrams', '--view', 'stack');
        expect(run.status, run.stderr).toBe(0);
        expect(readFileSync(join(project, 'diagrams/stack.svg'), 'utf8')).toContain('data-element="shop.Webshop"');
    });

    it('writes a report', () => {
        const run = svc('report', 'specs', '--out', 'report.html');
        expect(run.status, run.stderr).toBe(0);
        expect(readFileSync(join(project, 'report.html'), 'utf8')).toContain('shop.Webshop');
    });

    it('exports', () => {
        const run = svc('export', 'specs', '--format', 'json');
        expect(run.status, run.stderr).toBe(0);
        expect(JSON.parse(run.stdout)).toMatchObject({ format: 'svc-export', version: 1 });
    });

    it('serves the language server over stdio', async () => {
        const server = spawn(process.execPath, [svcBin, 'lsp', '--stdio'], { cwd: project, stdio: ['pipe', 'pipe', 'inherit'] });
        const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
        connection.listen();
        try {
            const uri = pathToFileURL(project).toString();
            const result = await connection.sendRequest(InitializeRequest.type, {
                processId: process.pid,
                rootUri: uri,
                workspaceFolders: [{ uri, name: 'project' }],
                capabilities: {}
            });
            expect(result.capabilities.textDocumentSync).toBeDefined();
        } finally {
            connection.dispose();
            server.kill();
        }
    });
});
