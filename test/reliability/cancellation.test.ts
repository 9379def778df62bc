import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { LspClient, messageText } from '../support/lsp-client.js';

/** Version `v` has exactly one diagnostic, naming `v`: any publish shows which text it came from. */
const textOf = (version: number) => `need Need${version}\n`;

/** CPU time (user + system) the process has used so far, in clock ticks (Linux). */
function cpuTicks(pid: number): number {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]);
}

describe('language server: a burst of edits', () => {
    let folder: string;
    let client: LspClient;

    beforeEach(async () => {
        folder = mkdtempSync(join(tmpdir(), 'svc-burst-'));
        client = new LspClient(folder);
        await client.initialize(folder);
    });

    afterEach(() => {
        client.dispose();
        rmSync(folder, { recursive: true, force: true });
    });

    it('publishes diagnostics only for the last of 100 edits 5 ms apart, and is idle within a second', async () => {
        const uri = pathToFileURL(join(folder, 'typing.svc')).toString();
        await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'svc', version: 0, text: textOf(0) } });
        await client.diagnosticsWhen(uri, diagnostics => diagnostics.some(d => messageText(d).includes("'Need0'")));
        const before = client.published.length;

        const sent: number[] = [];
        for (let version = 1; version <= 100; version++) {
            await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text: textOf(version) }] });
            sent.push(performance.now());
            await sleep(5);
        }
        const lastEdit = Date.now();
        await client.diagnosticsWhen(uri, diagnostics => diagnostics.some(d => messageText(d).includes("'Need100'")), 1000);
        await sleep(Math.max(0, lastEdit + 1000 - Date.now()));

        // On a busy machine this process may stall between two sends: then the server rightly
        // sees two bursts. Each burst may publish once, for its own last version; unstalled, the
        // only burst is all 100 edits.
        const lastOfBurst = sent.flatMap((at, i) => (i === sent.length - 1 || sent[i + 1]! - at > 25 ? [`Need${i + 1}`] : []));
        const published = client.published.slice(before).filter(params => params.uri === uri).map(params => /'(Need\d+)'/.exec(params.diagnostics[0] ? messageText(params.diagnostics[0]) : '')?.[1]);
        expect(published.at(-1)).toBe('Need100');
        expect(published.every(version => version !== undefined && lastOfBurst.includes(version)), `published ${published.join(', ')}; bursts ended at ${lastOfBurst.join(', ')}`).toBe(true);
        if (process.platform === 'linux') {
            const ticks = cpuTicks(client.process.pid!);
            await sleep(500);
            // 100 ticks a second: an idle server uses none; allow one for the clock's edges.
            expect(cpuTicks(client.process.pid!) - ticks).toBeLessThanOrEqual(1);
        }
    });
});
