import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
    DidChangeTextDocumentNotification,
    DidCloseTextDocumentNotification,
    DidOpenTextDocumentNotification,
    InitializedNotification,
    InitializeRequest,
    WorkspaceSymbolRequest,
    type Diagnostic
} from 'vscode-languageserver-protocol/node';
import { CLI } from '../support/paths.js';
import { LspClient } from '../support/lsp-client.js';

const has = (rule: string) => (diagnostics: Diagnostic[]) => diagnostics.some(diagnostic => diagnostic.code === rule);
const hasNo = (rule: string) => (diagnostics: Diagnostic[]) => !diagnostics.some(diagnostic => diagnostic.code === rule);

describe('language server: closing a document', () => {
    let folder: string;
    let client: LspClient;
    const uri = (file: string) => pathToFileURL(join(folder, file)).toString();

    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'svc-close-'));
        writeFileSync(join(folder, 'needs.svc'), 'need N "n"\n');
        writeFileSync(join(folder, 'services.svc'), 'service S "s" at development { addresses N }\n');
        writeFileSync(join(folder, 'fresh.svc'), 'service T "t" at development { addresses Fresh }\n');
        client = new LspClient(folder);
        await client.initialize(folder);
        await client.diagnosticsWhen(uri('fresh.svc'), has('unresolved-reference'));
        await client.diagnosticsWhen(uri('needs.svc'), hasNo('need-uncovered'));
    });

    afterAll(() => {
        client.dispose();
        rmSync(folder, { recursive: true, force: true });
    });

    it("with unsaved edits: its text is the file on disk again, and the other files' diagnostics follow", async () => {
        const services = uri('services.svc');
        await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: services, languageId: 'svc', version: 1, text: 'service S "s" at development { addresses N }\n' }
        });
        await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: services, version: 2 },
            contentChanges: [{ text: 'service S "s" at development\n' }]
        });
        await client.diagnosticsWhen(uri('needs.svc'), has('need-uncovered'));
        await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: services } });
        await client.diagnosticsWhen(uri('needs.svc'), hasNo('need-uncovered'));
    });

    it('never saved: it leaves the workspace, its diagnostics and the workspace symbols', async () => {
        const unsaved = uri('unsaved.svc');
        const symbols = async () =>
            ((await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Fresh' })) ?? []).filter(symbol => symbol.location.uri === unsaved);
        await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: unsaved, languageId: 'svc', version: 1, text: 'need Fresh "f"\nneed Lonely "l"\n' }
        });
        await client.diagnosticsWhen(uri('fresh.svc'), hasNo('unresolved-reference'));
        await client.diagnosticsWhen(unsaved, has('need-uncovered'));
        expect(await symbols()).toHaveLength(1);
        await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: unsaved } });
        await client.diagnosticsWhen(uri('fresh.svc'), has('unresolved-reference'));
        await client.diagnosticsWhen(unsaved, diagnostics => diagnostics.length === 0);
        expect(await symbols()).toEqual([]);
    });
});

describe('language server: initialize', () => {
    let folder: string;
    let client: LspClient | undefined;
    afterEach(() => {
        client?.dispose();
        rmSync(folder, { recursive: true, force: true });
    });

    it('loads the workspace that an older client names by rootUri alone, without workspaceFolders', async () => {
        folder = mkdtempSync(join(tmpdir(), 'svc-root-'));
        writeFileSync(join(folder, 'needs.svc'), 'need N "n"\n');
        client = new LspClient(folder);
        await client.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(folder).toString(), capabilities: {} });
        await client.connection.sendNotification(InitializedNotification.type, {});
        // No document was opened: the diagnostic comes from the loaded workspace.
        await client.diagnosticsWhen(pathToFileURL(join(folder, 'needs.svc')).toString(), has('need-uncovered'));
    });
});

interface Exit {
    code: number | null;
    stderr: string;
}

/** Starts the server, writes `bytes` to it, and waits (up to 10 s) for it to exit. */
function feed(bytes: Buffer | string): Promise<Exit | 'still running'> {
    const child = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', chunk => (stderr += chunk));
    child.stdin.on('error', () => undefined);
    child.stdin.write(bytes);
    return new Promise(resolve => {
        const timer = setTimeout(() => {
            child.kill();
            resolve('still running');
        }, 10_000);
        child.on('exit', code => {
            clearTimeout(timer);
            resolve({ code, stderr });
        });
    });
}

describe('language server: broken framing', () => {
    const junk = Buffer.alloc(1024 * 1024, 'x');
    const exitLine = (reason: string) =>
        new RegExp(`^svc: the client sent ${reason}; the language server cannot read on and exits so that the client restarts it\\n$`);

    it('exits with one log line on a Content-Length over the limit, rather than read for ever', async () => {
        expect(await feed(Buffer.concat([Buffer.from('Content-Length: 99999999999\r\n\r\n'), junk]))).toEqual({
            code: 1,
            stderr: expect.stringMatching(exitLine('a message of 99999999999 bytes, over the limit of 67108864'))
        });
    });

    it('exits with one log line on a header without Content-Length, a header line without a colon, or a header that never ends', async () => {
        expect(await feed('Content-Type: application/json\r\n\r\n{}')).toEqual({
            code: 1,
            stderr: expect.stringMatching(exitLine('a message header without Content-Length'))
        });
        expect(await feed('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n')).toEqual({
            code: 1,
            stderr: expect.stringMatching(exitLine(String.raw`a message header line without ':' \("GET / HTTP/1\.1"\)`))
        });
        expect(await feed(junk)).toEqual({ code: 1, stderr: expect.stringMatching(exitLine('a message header longer than 8192 bytes')) });
    });

    it('reads on after a well-framed message that is not JSON', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'svc-framing-'));
        const client = new LspClient(folder);
        try {
            const body = 'not json at all';
            client.process.stdin!.write(`Content-Length: ${body.length}\r\n\r\n${body}`);
            await client.initialize(folder);
            expect(client.process.exitCode).toBeNull();
        } finally {
            client.dispose();
            rmSync(folder, { recursive: true, force: true });
        }
    });
});
