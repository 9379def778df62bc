// The CLI and the language server read one analysis: they find the same files and count the
// same errors, whatever a file's diagnostic cap leaves unpublished.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LspClient } from './support/lsp-client.js';
import { runCli } from './support/run-cli.js';

interface Status {
    needs: { covered: number; total: number };
    errors: number;
    warnings: number;
}

let folder: string | undefined;
let client: LspClient | undefined;

afterEach(() => {
    client?.dispose();
    client = undefined;
    if (folder) rmSync(folder, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
    folder = mkdtempSync(join(tmpdir(), 'svc-one-analysis-'));
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(folder, name, '..'), { recursive: true });
        writeFileSync(join(folder, name), text);
    }
    return folder;
}

/** The server's status for the workspace once it has analysed it. */
async function serverStatus(root: string): Promise<Status> {
    const statuses: Status[] = [];
    client = new LspClient(root);
    client.connection.onNotification('svc/status', (status: Status) => {
        statuses.push(status);
    });
    await client.initialize(root);
    await expect.poll(() => statuses.length, { timeout: 20_000 }).toBeGreaterThan(0);
    return statuses.at(-1)!;
}

function cliSummary(root: string): { errors: number; warnings: number } {
    const run = runCli(['validate', '.', '--format', 'json'], root);
    return (JSON.parse(run.stdout) as { summary: { errors: number; warnings: number } }).summary;
}

describe('one analysis for the CLI and the language server', () => {
    it('finds the same files: out/ is searched, node_modules and dot-folders and dot-files are not', async () => {
        const root = workspace({
            'a/b.svc': 'need InA',
            'out/n.svc': 'need InOut',
            'node_modules/dep/x.svc': 'need InDependency',
            '.cache/y.svc': 'need InDotFolder',
            '.hidden.svc': 'need InDotFile'
        });
        const status = await serverStatus(root);
        const cli = runCli(['validate', '.', '--format', 'json'], root);
        const uncovered = (JSON.parse(cli.stdout) as { diagnostics: { rule: string; message: string }[] }).diagnostics
            .filter(d => d.rule === 'need-uncovered')
            .map(d => /'([^']+)'/.exec(d.message)?.[1]);
        expect(uncovered.sort()).toEqual(['InA', 'InOut']);
        expect(status.needs.total).toBe(2);
        expect(status.errors).toBe(cliSummary(root).errors);
    });

    it('counts the same errors, those beyond the 1,000 diagnostics a file shows included', async () => {
        const needs = Array.from({ length: 1200 }, (_, i) => `need N${i}`).join('\n');
        const root = workspace({ 'many.svc': needs });
        const status = await serverStatus(root);
        expect(cliSummary(root).errors).toBe(1200);
        expect(status.errors).toBe(1200);
    });
});
