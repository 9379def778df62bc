import type { DefaultSharedModuleContext } from 'langium/lsp';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLangiumParser, EmptyFileSystem, isCompositeCstNode, URI, type CstNode } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { FileChangeType } from 'vscode-languageserver';
import { createSvcServices } from '../src/svc-module.js';
import { MAX_SYNTAX_ERRORS } from '../src/parser/svc-parser.js';
import type { SvcDocumentUpdateHandler } from '../src/lsp/svc-document-update-handler.js';
import type { SvcWorkspaceManager } from '../src/workspace/svc-workspace-manager.js';
import { formatSvcText } from '../src/formatting/format-text.js';
import { buildWorkspace, parseOne } from './helpers.js';

const EXAMPLES = join(import.meta.dirname, '../../../examples');
const exampleTexts = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
    .filter(file => file.endsWith('.svc'))
    .map(file => readFileSync(join(EXAMPLES, file), 'utf8'));

/** Every CST node as offset, length, hidden flag and depth: enough to tell two trees apart. */
function shape(node: CstNode, depth = 0, out: string[] = []): string[] {
    out.push(`${depth}:${node.offset}+${node.length}${node.hidden ? 'h' : ''}`);
    if (isCompositeCstNode(node)) node.content.forEach(child => shape(child, depth + 1, out));
    return out;
}

describe('the parser on hostile input', () => {
    const { Svc } = createSvcServices(EmptyFileSystem);
    const parser = Svc.parser.LangiumParser;

    it("builds the same CST as Langium's own parser", () => {
        const langium = createLangiumParser(Svc);
        for (const text of [...exampleTexts, '// only a comment\n', '  need /* c */ A { raised 2010-01-01 } // end', 'need { {']) {
            expect(shape(parser.parse(text).value.$cstNode!)).toEqual(shape(langium.parse(text).value.$cstNode!));
        }
    });

    it(`stops reading after ${MAX_SYNTAX_ERRORS} syntax errors, and says where`, () => {
        const text = 'need N { requires { '.repeat(5000);
        const started = performance.now();
        const { parserErrors } = parser.parse(text);
        expect(performance.now() - started).toBeLessThan(5000);
        expect(parserErrors.length).toBeGreaterThanOrEqual(MAX_SYNTAX_ERRORS);
        expect(parserErrors.length).toBeLessThan(MAX_SYNTAX_ERRORS + 20);
        const last = parserErrors.at(-1)!;
        expect(last.message).toBe(`More than ${MAX_SYNTAX_ERRORS} syntax errors: the rest of the file is not checked.`);
        expect(last.token.startOffset).toBeLessThan(text.length / 10);
    });

    it('parses again from scratch after a capped document', () => {
        parser.parse('need N { requires { '.repeat(5000));
        expect(parser.parse('need A { raised 2010-01-01 }').parserErrors).toEqual([]);
    });

    it('takes 300,000 comment lines and a 100,000-part qualified name without overflowing the stack', () => {
        expect(parser.parse('//x\n'.repeat(300_000)).parserErrors).toEqual([]);
        expect(parser.parse(`package ${Array(100_000).fill('a').join('.')}\n`).parserErrors).toEqual([]);
    });

    it('formats 300,000 comment lines in seconds, not minutes', () => {
        const started = performance.now();
        expect(formatSvcText('//x\n'.repeat(300_000))).toBe('//x\n'.repeat(300_000));
        expect(performance.now() - started).toBeLessThan(20_000);
    });
});

describe('lexer messages', () => {
    const messages = async (text: string) => (await parseOne(text)).parseResult.lexerErrors.map(error => error.message);

    it('name the character by code point, and say when the file is not valid UTF-8', async () => {
        expect(await messages('need A\u0000')).toEqual(['Unexpected character U+0000.']);
        expect(await messages('need \uFFFD\uFFFDA')).toEqual(['Unexpected character U+FFFD (the file is not valid UTF-8 here) (skipped 2 characters).']);
        expect(await messages('need A \uD800')).toEqual(['Unexpected character U+D800 (a lone surrogate).']);
        expect(await messages('need A #')).toEqual(["Unexpected character '#' (U+0023)."]);
    });

    it('take a byte-order mark and CRLF line ends as white space', async () => {
        const document = await parseOne('\uFEFFneed A {\r\n  raised 2010-01-01\r\n}\r\n');
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
    });
});

afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
});

describe('the analysis of broken documents', () => {
    it('leaves out scores whose number the parser could not read, rather than comparing undefined', async () => {
        const { Svc } = await buildWorkspace({ 'a.svc': 'need N { requires { functionality performance 80 } }\nassessment A of S { score functionality }' });
        const rules = [...Svc.analysis.WorkspaceAnalysis.current().findingsByUri.values()].flat().map(finding => finding.message);
        expect(rules.filter(message => message.includes('undefined'))).toEqual([]);
    });

    it('turns a document whose model cannot be built into an internal-error on it, and a failure', async () => {
        vi.stubEnv('SVC_FAULT_INJECT', 'model');
        const { Svc } = await buildWorkspace({ 'a.svc': 'need N', 'b.svc': 'need M' });
        const result = Svc.analysis.WorkspaceAnalysis.current();
        expect(result.failures.map(failure => failure.activity)).toEqual(['converting file:///ws/a.svc', 'converting file:///ws/b.svc']);
        for (const uri of ['file:///ws/a.svc', 'file:///ws/b.svc']) {
            expect(result.findingsByUri.get(uri)).toEqual([
                expect.objectContaining({
                    rule: 'internal-error',
                    severity: 'error',
                    message: expect.stringContaining('fault injected by SVC_FAULT_INJECT=model')
                })
            ]);
        }
    });
});

describe('workspace updates that fail', () => {
    it('become an update-failure event instead of an unhandled rejection', async () => {
        const { shared } = createSvcServices(EmptyFileSystem);
        await shared.workspace.WorkspaceManager.initialized({});
        const error = new Error('build failed');
        vi.spyOn(shared.workspace.DocumentBuilder, 'update').mockRejectedValue(error);
        const handler = shared.lsp.DocumentUpdateHandler as SvcDocumentUpdateHandler;
        const failure = new Promise(resolve => handler.onUpdateFailure(resolve));
        handler.didChangeWatchedFiles({ changes: [{ uri: 'file:///ws/a.svc', type: FileChangeType.Changed }] });
        expect(await failure).toEqual({ error, uris: ['file:///ws/a.svc'] });
    });

    it('become a build-failure event on the first user document when the first build throws', async () => {
        const { shared } = createSvcServices(EmptyFileSystem);
        const manager = shared.workspace.WorkspaceManager as SvcWorkspaceManager;
        const error = new Error('first build failed');
        vi.spyOn(shared.workspace.DocumentBuilder, 'build').mockRejectedValue(error);
        shared.workspace.LangiumDocuments.addDocument(shared.workspace.LangiumDocumentFactory.fromString('need A', URI.parse('file:///ws/a.svc')));
        const failure = new Promise(resolve => manager.onBuildFailure(resolve));
        await manager.initialized({});
        expect(await failure).toEqual({ error, uris: ['file:///ws/a.svc'] });
    });

    it('leave out a file that cannot be read, and the workspace still becomes ready', async () => {
        // A real folder, found as `svc validate` finds it; reading b.svc fails as an unreadable file would.
        const folder = mkdtempSync(join(tmpdir(), 'svc-unreadable-'));
        writeFileSync(join(folder, 'a.svc'), 'need A');
        writeFileSync(join(folder, 'b.svc'), 'need B');
        const unreadable = URI.file(join(folder, 'b.svc'));
        const node = NodeFileSystem.fileSystemProvider();
        const fileSystem: DefaultSharedModuleContext = {
            fileSystemProvider: () => ({
                ...node,
                readDirectory: node.readDirectory.bind(node),
                readFile: async (uri: URI) => {
                    if (uri.path === unreadable.path) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
                    return node.readFile(uri);
                }
            })
        } as unknown as DefaultSharedModuleContext;
        const { shared } = createSvcServices(fileSystem);
        const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
            shared.workspace.WorkspaceManager.initialize({ workspaceFolders: [{ uri: URI.file(folder).toString(), name: 'ws' }] } as never);
            await shared.workspace.WorkspaceManager.initialized({});
            await shared.workspace.WorkspaceManager.ready;
            expect(shared.workspace.LangiumDocuments.all.map(document => document.uri.path).toArray()).toContain(URI.file(join(folder, 'a.svc')).path);
            expect(logged).toHaveBeenCalledWith(`svc: cannot read ${unreadable.fsPath}: EACCES`);
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });
});
