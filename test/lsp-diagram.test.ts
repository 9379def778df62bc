// The preview's requests on the real bundled server: svc/diagram draws from the server's own
// analysis, keeps the last good diagram while the text has syntax errors, refuses bad params
// with an error response (and carries on); svc/elementLocation leads from a shape to its source.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    DidChangeConfigurationNotification,
    DidChangeTextDocumentNotification,
    DidOpenTextDocumentNotification,
    ResponseError
} from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiagramResult, ElementAtResult, ElementLocationResult } from '@svc-lang/language/protocol';
import { LspClient } from './support/lsp-client.js';
import { REPO } from './support/paths.js';

const CATALOGUE = readFileSync(join(REPO, 'examples/org1-it-department/it-catalogue.svc'), 'utf8');
const WITH_REPORTING = `${CATALOGUE}\nservice Reporting "Reporting" at business-process-execution {\n  supportedBy DataWarehouse\n}\n`;
const BROKEN = `${WITH_REPORTING}\nservice Half at {\n`;

describe('language server over stdio: the preview requests', () => {
    let folder: string;
    let client: LspClient;
    let uri: string;
    let version = 1;
    const revisions: number[] = [];

    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'svc-lsp-diagram-'));
        cpSync(join(REPO, 'examples/org1-it-department'), folder, { recursive: true });
        uri = pathToFileURL(join(folder, 'it-catalogue.svc')).toString();
        client = new LspClient(folder);
        client.connection.onNotification('svc/status', (status: { revision: number }) => {
            revisions.push(status.revision);
        });
        await client.initialize(folder);
        await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'svc', version, text: CATALOGUE } });
        await client.diagnosticsWhen(uri, () => true);
    });

    afterAll(() => {
        client.dispose();
        rmSync(folder, { recursive: true, force: true });
    });

    const diagram = (params: unknown) => client.connection.sendRequest<DiagramResult>('svc/diagram', params);

    /** Replaces the catalogue's text and waits for the analysis of it, announced by a new status. */
    async function edit(text: string): Promise<void> {
        const seen = revisions.length;
        await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: ++version },
            contentChanges: [{ text }]
        });
        await expect.poll(() => revisions.length, { timeout: 10_000 }).toBeGreaterThan(seen);
    }

    it('draws the stack view of the workspace, every service a shape named by its qualified name', async () => {
        const result = await diagram({ view: 'stack', theme: 'light' });
        expect(result).toMatchObject({ view: 'stack', element: null, stale: false });
        expect(result.message).toBeUndefined();
        expect(result.svg).toMatch(/^<svg/);
        for (const service of ['org1.it.OrderManagement', 'org1.it.Infrastructure']) expect(result.svg).toContain(`data-element="${service}"`);
    });

    it('draws a per-service view for the first service with values, and offers the others', async () => {
        const result = await diagram({ view: 'profile' });
        expect(result.services.slice(0, result.valued)).toContain('org1.it.OrderManagement');
        expect(result.element).toBe(result.services[0]);
        // Then every service without values yet, after those with values.
        expect(result.services.slice(result.valued)).toContain('org1.it.DataWarehouse');
        expect(new Set(result.services).size).toBe(result.services.length);
        const chosen = await diagram({ view: 'gaps', element: 'OrderManagement' });
        expect(chosen.element).toBe('org1.it.OrderManagement');
    });

    it("draws with the editor's policy settings, as the diagnostics are computed with them", async () => {
        const tolerance = async () => /within the tolerance \((\d+) points[;)]/.exec((await diagram({ view: 'gaps', element: 'OrderManagement' })).svg)?.[1];
        expect(await tolerance()).toBe('10');
        const settings = (policy: object) => client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { svc: { policy } } });
        await settings({ tolerance: 27 });
        await expect.poll(tolerance, { timeout: 10_000 }).toBe('27');
        await settings({});
        await expect.poll(tolerance, { timeout: 10_000 }).toBe('10');
    });

    it('answers bad params with InvalidParams, and keeps serving', async () => {
        for (const params of [
            null,
            'stack',
            { view: 'pie' },
            { view: 'stack', theme: 'neon' },
            { view: 'gaps', element: 42 },
            { view: 'gaps', element: 'NoSuchService' },
            { view: 'stack', element: 'x'.repeat(2000) }
        ]) {
            const error = await diagram(params).then(
                () => undefined,
                (e: unknown) => e
            );
            expect(error, JSON.stringify(params)).toBeInstanceOf(ResponseError);
            expect((error as ResponseError<unknown>).code, JSON.stringify(params)).toBe(-32602);
        }
        await expect(diagram({ view: 'agility' })).resolves.toMatchObject({ view: 'agility', stale: false });
    });

    it('follows edits, keeps the last good diagram while the text has syntax errors, and says so', async () => {
        await edit(WITH_REPORTING);
        const good = await diagram({ view: 'stack', theme: 'dark' });
        expect(good).toMatchObject({ stale: false });
        expect(good.svg).toContain('data-element="org1.it.Reporting"');

        await edit(BROKEN);
        const stale = await diagram({ view: 'stack', theme: 'dark' });
        expect(stale).toMatchObject({ stale: true, message: 'it-catalogue.svc has syntax errors: showing the last diagram drawn without syntax errors.' });
        expect(stale.svg).toBe(good.svg);

        await edit(CATALOGUE);
        const fixed = await diagram({ view: 'stack', theme: 'dark' });
        expect(fixed.stale).toBe(false);
        expect(fixed.svg).not.toContain('org1.it.Reporting');
    });

    it("gives the location of a shape's declaration by qualified name, and null for names that are none", async () => {
        const location = await client.connection.sendRequest<ElementLocationResult>('svc/elementLocation', { element: 'org1.it.DataWarehouse' });
        const line = CATALOGUE.split('\n').findIndex(text => text.startsWith('service DataWarehouse'));
        expect(location).toEqual({ uri, range: { start: { line, character: 8 }, end: { line, character: 21 } } });
        await expect(client.connection.sendRequest('svc/elementLocation', { element: 'org1.it.Nothing' })).resolves.toBeNull();
        await expect(client.connection.sendRequest('svc/elementLocation', {})).rejects.toMatchObject({ code: -32602 });
        await expect(client.connection.sendRequest('svc/elementLocation', { element: 'x'.repeat(1001) })).rejects.toMatchObject({ code: -32602 });
    });

    it('draws the part of the workspace a scope names, and refuses a scope that names nothing', async () => {
        const it = await diagram({ view: 'stack', scope: { kind: 'packages', packages: ['org1.it'] } });
        expect(it.svg).toContain('data-element="org1.it.OrderManagement"');
        expect(it.svg).not.toContain('data-element="org1.business.MobileSales"');
        expect(it.svg).toContain('Showing package org1.it');
        const one = await diagram({ view: 'alignment', scope: { kind: 'element', element: 'org1.it.OrderManagement', depth: 0 } });
        expect(one.svg).toContain('data-element="org1.it.OrderManagement"');
        expect(one.svg).not.toContain('data-element="org1.business.MobileSales"');
        const file = await diagram({ view: 'stack', scope: { kind: 'file', uri } });
        expect(file.svg).toContain('Showing file it-catalogue.svc');
        const bare = await diagram({ view: 'stack', manages: false });
        expect(bare.svg).not.toContain('class="edge manages');
        await expect(diagram({ view: 'stack', manages: 'no' })).rejects.toMatchObject({ code: -32602 });
        for (const scope of [
            { kind: 'packages', packages: ['org1.nothing'] },
            { kind: 'element', element: 'org1.it.Nothing', depth: 1 },
            { kind: 'element', element: 'x', depth: 99 },
            { kind: 'pie' },
            'all'
        ]) {
            await expect(diagram({ view: 'stack', scope }), JSON.stringify(scope)).rejects.toMatchObject({ code: -32602 });
        }
    });

    it('names the declaration under the caret and the service it is about, for the preview that follows it', async () => {
        const elementAt = (line: number, character = 2, at = uri) =>
            client.connection.sendRequest<ElementAtResult>('svc/elementAt', { uri: at, position: { line, character } });
        const service = CATALOGUE.split('\n').findIndex(text => text.startsWith('service DataWarehouse'));
        await expect(elementAt(service + 1)).resolves.toEqual({ element: 'org1.it.DataWarehouse', service: 'org1.it.DataWarehouse', package: 'org1.it' });
        // A spec is about its service: the per-service views open on that.
        const specs = readFileSync(join(folder, 'it-specs.svc'), 'utf8').split('\n');
        const spec = specs.findIndex(text => text.startsWith('spec ErpPlatformSpec '));
        await expect(elementAt(spec + 1, 2, pathToFileURL(join(folder, 'it-specs.svc')).toString())).resolves.toEqual({
            element: 'org1.it.ErpPlatformSpec',
            service: 'org1.it.ErpPlatform',
            package: 'org1.it'
        });
        // Above the first declaration (the file's comment and package line): nothing.
        await expect(elementAt(0, 0)).resolves.toEqual({ element: null, service: null, package: 'org1.it' });
        await expect(elementAt(0, 0, 'file:///nowhere.svc')).resolves.toEqual({ element: null, service: null, package: null });
        await expect(client.connection.sendRequest('svc/elementAt', { uri })).rejects.toMatchObject({ code: -32602 });
        await expect(client.connection.sendRequest('svc/elementAt', { uri, position: { line: -1, character: 0 } })).rejects.toMatchObject({ code: -32602 });
    });
});

describe('language server over stdio: a preview opened on a broken workspace', () => {
    it('draws what could be read, marked stale, when there never was a good diagram', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'svc-lsp-diagram-broken-'));
        writeFileSync(join(folder, 'broken.svc'), 'package p\nservice Kept at it-operations\nservice Half at {\n');
        const client = new LspClient(folder);
        try {
            await client.initialize(folder);
            const result = await client.connection.sendRequest<DiagramResult>('svc/diagram', { view: 'stack' });
            expect(result).toMatchObject({ stale: true, message: 'broken.svc has syntax errors: showing what could be read.' });
            expect(result.svg).toContain('data-element="p.Kept"');
        } finally {
            client.dispose();
            rmSync(folder, { recursive: true, force: true });
        }
    });
});
