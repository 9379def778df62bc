import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    CodeActionRequest,
    CompletionRequest,
    DefinitionRequest,
    DidOpenTextDocumentNotification,
    DocumentFormattingRequest,
    HoverRequest,
    RenameRequest,
    type CompletionItem,
    type CompletionList,
    type Diagnostic,
    type Hover,
    type Location,
    type LocationLink,
    type WorkspaceEdit
} from 'vscode-languageserver-protocol/node';
import { LspClient } from './support/lsp-client.js';

const NEEDS = [
    'package acme',
    'stakeholder Boss { perspective business }',
    'need Estimating "Estimate costs" { raisedBy Boss }',
    'need Pricing "Price bids" { raisedBy Boss }',
    ''
].join('\n');
const SERVICES = ['package acme', 'service Estimator   at business-process-execution {', '  addresses Estimating', '}', ''].join('\n');

/** Every editor feature through the real bundled server over stdio, as an LSP client sees it. */
describe('language server over stdio: editor features', () => {
    let folder: string;
    let client: LspClient;
    let needsUri: string;
    let servicesUri: string;

    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'svc-lsp-features-'));
        writeFileSync(join(folder, 'needs.svc'), NEEDS);
        writeFileSync(join(folder, 'services.svc'), SERVICES);
        needsUri = pathToFileURL(join(folder, 'needs.svc')).toString();
        servicesUri = pathToFileURL(join(folder, 'services.svc')).toString();
        client = new LspClient(folder);
        await client.initialize(folder);
        for (const [uri, text] of [
            [needsUri, NEEDS],
            [servicesUri, SERVICES]
        ] as const) {
            await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'svc', version: 1, text } });
        }
    });

    afterAll(() => {
        client.dispose();
        rmSync(folder, { recursive: true, force: true });
    });

    const uncovered = (diagnostics: Diagnostic[]) => diagnostics.filter(d => d.code === 'need-uncovered');

    it('publishes diagnostics with rule ids as codes', async () => {
        const diagnostics = await client.diagnosticsWhen(needsUri, d => uncovered(d).length === 1);
        expect(uncovered(diagnostics)[0]).toMatchObject({ severity: 1, source: 'svc', range: { start: { line: 3, character: 5 } } });
        expect(uncovered(diagnostics)[0]!.message).toContain('Pricing');
    });

    it('completes only needs after addresses', async () => {
        const result = await client.connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri: servicesUri },
            position: { line: 2, character: 12 }
        });
        const labels = (Array.isArray(result) ? result : (result as CompletionList).items).map((item: CompletionItem) => item.label);
        expect(labels).toEqual(expect.arrayContaining(['Estimating', 'Pricing']));
        expect(labels).not.toContain('Estimator');
        expect(labels).not.toContain('Boss');
    });

    it('hovers a need with its coverage', async () => {
        const hover = (await client.connection.sendRequest(HoverRequest.type, {
            textDocument: { uri: needsUri },
            position: { line: 2, character: 7 }
        })) as Hover;
        expect(JSON.stringify(hover.contents)).toContain('Estimator');
    });

    it('goes to the definition in another file', async () => {
        const result = (await client.connection.sendRequest(DefinitionRequest.type, {
            textDocument: { uri: servicesUri },
            position: { line: 2, character: 14 }
        })) as Array<Location | LocationLink>;
        const target = result[0]!;
        expect('targetUri' in target ? target.targetUri : target.uri).toBe(needsUri);
    });

    it('renames across files', async () => {
        const edit = (await client.connection.sendRequest(RenameRequest.type, {
            textDocument: { uri: needsUri },
            position: { line: 2, character: 7 },
            newName: 'CostEstimating'
        })) as WorkspaceEdit;
        expect(Object.keys(edit.changes ?? {}).sort()).toEqual([needsUri, servicesUri].sort());
    });

    it('offers a quick fix for an uncovered need', async () => {
        const [diagnostic] = uncovered(await client.diagnosticsWhen(needsUri, d => uncovered(d).length === 1));
        const actions = await client.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: needsUri },
            range: diagnostic!.range,
            context: { diagnostics: [diagnostic!] }
        });
        expect((actions ?? []).map(action => action.title).join('\n')).toMatch(/Pricing/);
    });

    it('formats a document', async () => {
        const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, {
            textDocument: { uri: servicesUri },
            options: { tabSize: 2, insertSpaces: true }
        });
        expect(edits?.length).toBeGreaterThan(0);
        expect(JSON.stringify(edits)).not.toContain('   at');
    });
});
