import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    CodeActionRequest,
    DidOpenTextDocumentNotification,
    DocumentSymbolRequest,
    HoverRequest,
    RegistrationRequest,
    ResponseError
} from 'vscode-languageserver-protocol/node';
import { LspClient, messageText } from '../support/lsp-client.js';
import { HOSTILE } from './hostile.js';

const HEALTHY = 'stakeholder Boss { perspective business }\nneed Estimating { raisedBy Boss }\n';

/** How long the server takes to answer a hover on a small, healthy document. */
async function hoverLatency(client: LspClient, uri: string): Promise<number> {
    const started = performance.now();
    await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 6 } });
    return performance.now() - started;
}

describe('language server: survival', () => {
    let folder: string;
    let client: LspClient;
    let healthyUri: string;

    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'svc-survival-'));
        writeFileSync(join(folder, 'healthy.svc'), HEALTHY);
        healthyUri = pathToFileURL(join(folder, 'healthy.svc')).toString();
        client = new LspClient(folder);
        await client.initialize(folder);
        await client.diagnosticsWhen(healthyUri, diagnostics => diagnostics.length > 0);
    });

    afterAll(() => {
        client.dispose();
        rmSync(folder, { recursive: true, force: true });
    });

    Object.entries(HOSTILE).forEach(([name, text], i) => {
        it(`${name}: clear diagnostics, at most 1,000 and a summary; then the next request within 200 ms`, async () => {
            const uri = pathToFileURL(join(folder, `hostile-${i}.svc`)).toString();
            await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'svc', version: 1, text } });
            const diagnostics = await client.diagnosticsWhen(uri, () => true, 20_000);
            expect(diagnostics.length).toBeLessThanOrEqual(1001);
            for (const diagnostic of diagnostics) {
                expect(diagnostic.code).toMatch(/^(syntax|unresolved-reference|too-many-diagnostics|need-uncovered|score-range)$/);
                expect(messageText(diagnostic).length).toBeGreaterThan(10);
            }
            const latency = await hoverLatency(client, healthyUri);
            console.info(`${name}: next request answered in ${latency.toFixed(0)} ms`);
            expect(latency).toBeLessThan(200);
            expect(client.process.exitCode).toBeNull();
        });
    });

    it('answers a request whose provider throws with an error response, and carries on', async () => {
        // A code action request without its `context` makes the provider throw a TypeError.
        const failed = client.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: healthyUri },
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }
        } as never);
        await expect(failed).rejects.toBeInstanceOf(ResponseError);
        const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: healthyUri } });
        expect(symbols).not.toBeNull();
        expect(client.process.exitCode).toBeNull();
    });
});

describe('language server: internal errors', () => {
    it('become an internal-error diagnostic and a log line, and the server carries on', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'svc-fault-'));
        writeFileSync(join(folder, 'a.svc'), HEALTHY);
        const uri = pathToFileURL(join(folder, 'a.svc')).toString();
        // The documented test hook (packages/language/src/workspace/fault-injection.ts).
        const client = new LspClient(folder, { ...process.env, SVC_FAULT_INJECT: 'model' });
        try {
            await client.initialize(folder);
            const diagnostics = await client.diagnosticsWhen(uri, found => found.length > 0);
            expect(diagnostics).toEqual([expect.objectContaining({ code: 'internal-error', severity: 1, message: expect.stringContaining('fault injected') })]);
            expect(client.logs.some(line => line.startsWith(`svc: internal error while converting ${uri}: Error: fault injected`))).toBe(true);
            expect(await hoverLatency(client, uri)).toBeLessThan(1000);
            expect(client.process.exitCode).toBeNull();
        } finally {
            client.dispose();
            rmSync(folder, { recursive: true, force: true });
        }
    });

    it('log an unhandled rejection and carry on: here, a client that refuses to register settings', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'svc-refusing-'));
        writeFileSync(join(folder, 'a.svc'), HEALTHY);
        const uri = pathToFileURL(join(folder, 'a.svc')).toString();
        const client = new LspClient(folder);
        // Langium asks to register for settings changes and drops the promise of that request.
        client.connection.onRequest(RegistrationRequest.type, () => new ResponseError(-32603, 'registration refused'));
        try {
            await client.initialize(folder, { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } });
            await client.diagnosticsWhen(uri, found => found.length > 0);
            expect(client.logs.some(line => line.startsWith('svc: unhandled rejection') && line.includes('registration refused'))).toBe(true);
            expect(await hoverLatency(client, uri)).toBeLessThan(1000);
            expect(client.process.exitCode).toBeNull();
        } finally {
            client.dispose();
            rmSync(folder, { recursive: true, force: true });
        }
    });
});
