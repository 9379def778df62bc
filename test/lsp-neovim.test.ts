import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    CodeActionRequest,
    CodeLensRequest,
    DidOpenTextDocumentNotification,
    ExecuteCommandRequest,
    InitializedNotification,
    InitializeRequest,
    ShowMessageNotification,
    ShutdownRequest,
    type CodeAction,
    type ShowMessageParams,
    type Diagnostic
} from 'vscode-languageserver-protocol/node';
import { LspClient } from './support/lsp-client.js';

const BUSINESS = 'package acme\nneed Pricing\nneed Schätzung "Kostenschätzung"\n';
const SERVICES = 'package acme\nservice Quoting at business-process-execution { addresses Pricing }\n';
const COVERING = 'package acme\nservice Estimating at business-process-execution { addresses Schätzung }\n';

const rules = (diagnostics: Diagnostic[]) => diagnostics.map(d => `${d.code} ${d.range.start.line}`);

/**
 * What Neovim 0.7's built-in client sends, started on a file outside any project: no root and
 * no workspace folders, no file watching for the server, and columns counted in UTF-8 bytes.
 */
describe('language server over stdio: a Neovim-like client', () => {
    let folder: string;
    let client: LspClient;
    const uri = (name: string) => pathToFileURL(join(folder, name)).toString();

    beforeEach(async () => {
        folder = mkdtempSync(join(tmpdir(), 'svc-nvim-'));
        writeFileSync(join(folder, 'business.svc'), BUSINESS);
        writeFileSync(join(folder, 'services.svc'), SERVICES);
        client = new LspClient(tmpdir());
        await client.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: null,
            rootPath: null,
            workspaceFolders: null,
            capabilities: {
                textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } },
                workspace: { applyEdit: true, configuration: true, workspaceFolders: false }
            }
        });
        await client.connection.sendNotification(InitializedNotification.type, {});
        await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: uri('business.svc'), languageId: 'svc', version: 0, text: readFileSync(join(folder, 'business.svc'), 'utf8') }
        });
    });

    afterEach(() => {
        client.dispose();
        rmSync(folder, { recursive: true, force: true });
    });

    it("loads the opened file's folder as the workspace, offers a quick fix for byte columns, sees a file created on disk, and runs lens commands", async () => {
        // Pricing is covered from services.svc, which the client never opened: the folder is loaded.
        const diagnostics = await client.diagnosticsWhen(uri('business.svc'), d => d.some(x => x.code === 'need-uncovered'));
        expect(rules(diagnostics)).toEqual(['need-uncovered 2']);
        const services = rules(await client.diagnosticsWhen(uri('services.svc'), () => true));
        expect(services.filter(rule => /purposeless|unresolved/.test(rule))).toEqual([]);
        expect(services).toContain('service-unmanaged 1');

        // `Schätzung` ends at UTF-16 column 14, UTF-8 byte 15.
        const uncovered = diagnostics[0]!;
        expect(uncovered.range).toEqual({ start: { line: 2, character: 5 }, end: { line: 2, character: 14 } });
        const inBytes = { ...uncovered, range: { start: { line: 2, character: 5 }, end: { line: 2, character: 15 } } };
        const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: uri('business.svc') },
            range: inBytes.range,
            context: { diagnostics: [inBytes] }
        })) as CodeAction[];
        expect(actions.map(action => action.title)).toEqual(["Create service 'SchätzungService' that addresses 'Schätzung' in services.svc"]);

        writeFileSync(join(folder, 'covering.svc'), COVERING);
        await client.diagnosticsWhen(uri('business.svc'), d => !d.some(x => x.code === 'need-uncovered'));

        const shown: string[] = [];
        client.connection.onNotification(ShowMessageNotification.method, (params: ShowMessageParams) => {
            shown.push(params.message);
        });
        const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uri('business.svc') } });
        const lens = lenses?.find(l => l.range.start.line === 2)?.command;
        expect(lens).toMatchObject({ title: 'covered by 1 service', command: 'svc.showIndicator' });
        await client.connection.sendRequest(ExecuteCommandRequest.type, { command: lens!.command, arguments: lens!.arguments });
        await expect.poll(() => shown).toEqual(['Schätzung: covered by 1 service']);

        await client.connection.sendRequest(ShutdownRequest.type);
    });
});
