import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient } from './support/lsp-client.js';

const NEEDS = 'package acme\nstakeholder Boss { perspective business }\nneed Estimating "Estimate costs" { raisedBy Boss }\n';
const SERVICE = 'package acme\nservice Estimator at business-process-execution {\n}\n';
const SERVICE_COVERING = 'package acme\nservice Estimator at business-process-execution {\n  addresses Estimating\n}\n';

const hasRule = (rule: string) => (diagnostics: Diagnostic[]) => diagnostics.some(d => d.code === rule);
const lacksRule = (rule: string) => (diagnostics: Diagnostic[]) => !diagnostics.some(d => d.code === rule);

describe('language server over stdio: cross-file rules', () => {
    let folder: string;
    let client: LspClient;

    beforeEach(async () => {
        folder = mkdtempSync(join(tmpdir(), 'svc-lsp-'));
        writeFileSync(join(folder, 'needs.svc'), NEEDS);
        writeFileSync(join(folder, 'services.svc'), SERVICE);
        client = new LspClient(folder);
        await client.initialize(folder);
    });

    afterEach(() => {
        client.dispose();
        rmSync(folder, { recursive: true, force: true });
    });

    it('clears and restores need-uncovered in an untouched file when another file adds and removes addresses', async () => {
        const needsUri = pathToFileURL(join(folder, 'needs.svc')).toString();
        const servicesUri = pathToFileURL(join(folder, 'services.svc')).toString();
        const before = await client.diagnosticsWhen(needsUri, hasRule('need-uncovered'));
        expect(before.find(d => d.code === 'need-uncovered')).toMatchObject({
            range: { start: { line: 2, character: 5 }, end: { line: 2, character: 15 } },
            severity: 1,
            source: 'svc'
        });

        await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: servicesUri, languageId: 'svc', version: 1, text: SERVICE }
        });
        await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: servicesUri, version: 2 },
            contentChanges: [{ text: SERVICE_COVERING }]
        });
        await client.diagnosticsWhen(needsUri, lacksRule('need-uncovered'));

        await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: servicesUri, version: 3 },
            contentChanges: [{ text: SERVICE }]
        });
        const after = await client.diagnosticsWhen(needsUri, hasRule('need-uncovered'));
        expect(after.filter(d => d.code === 'need-uncovered')).toHaveLength(1);
    });
});
