import type { LangiumDocument } from 'langium';
import { isOperationCancelled } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CancellationToken } from 'vscode-languageserver';
import type { SvcFile } from '../src/generated/ast.js';
import type { SvcServices } from '../src/svc-module.js';
import { buildWorkspace } from './helpers.js';

/** 20,000 declarations: each provider below takes a tenth of a second or more on it. */
const BIG = Array.from(
    { length: 10_000 },
    (_, i) => `need N${i} "Need ${i}" { raised 2020-01-01 }\nservice S${i} "Service ${i}" at development { addresses N${i} }`
).join('\n');

/**
 * A token that reads as cancelled from its `after`-th look on, and counts the looks: how much a
 * provider did after its request was cancelled is counted, not timed, so a loaded machine cannot
 * make the check pass or fail.
 */
function cancelledAfter(after: number): CancellationToken & { looks: number } {
    return {
        looks: 0,
        get isCancellationRequested() {
            this.looks += 1;
            return this.looks > after;
        },
        onCancellationRequested: () => ({ dispose: () => undefined })
    };
}

type Call = (services: SvcServices, document: LangiumDocument<SvcFile>, token: CancellationToken) => Promise<unknown>;

const uri = (document: LangiumDocument) => ({ uri: document.uri.toString() });

const CALLS: Record<string, Call> = {
    formatting: (s, d, t) => s.lsp.Formatter!.formatDocument(d, { textDocument: uri(d), options: { tabSize: 2, insertSpaces: true } }, t) as Promise<unknown>,
    documentSymbol: (s, d, t) => s.lsp.DocumentSymbolProvider!.getSymbols(d, { textDocument: uri(d) }, t) as Promise<unknown>,
    codeLens: (s, d, t) => s.lsp.CodeLensProvider!.provideCodeLens(d, { textDocument: uri(d) }, t) as Promise<unknown>,
    completion: (s, d, t) =>
        s.lsp.CompletionProvider!.getCompletion(d, { textDocument: uri(d), position: { line: 19_999, character: 45 } }, t) as Promise<unknown>,
    hover: (s, d, t) => s.lsp.HoverProvider!.getHoverContent(d, { textDocument: uri(d), position: { line: 0, character: 6 } }, t) as Promise<unknown>,
    rename: (s, d, t) =>
        s.lsp.RenameProvider!.rename(d, { textDocument: uri(d), position: { line: 0, character: 6 }, newName: 'Renamed' }, t) as Promise<unknown>
};

describe('a provider whose request is cancelled', () => {
    let services: SvcServices;
    let document: LangiumDocument<SvcFile>;

    beforeAll(async () => {
        const workspace = await buildWorkspace({ 'big.svc': BIG });
        services = workspace.Svc;
        document = workspace.documents['big.svc']!;
    }, 120_000);

    it.each(Object.keys(CALLS))('%s: does not start when cancelled before it begins', async name => {
        const token = cancelledAfter(0);
        const outcome = await CALLS[name]!(services, document, token).then(
            () => 'answered',
            (error: unknown) => (isOperationCancelled(error) ? 'cancelled' : error)
        );
        expect(outcome).toBe('cancelled');
    });

    it.each(['formatting', 'documentSymbol', 'codeLens'])(
        '%s: stops at the next check once cancelled while it runs, rather than running to the end',
        async name => {
            // How often it looks at a token that is never cancelled: once per step of its work.
            const uncancelled = cancelledAfter(Number.POSITIVE_INFINITY);
            await CALLS[name]!(services, document, uncancelled);
            expect(uncancelled.looks).toBeGreaterThan(3);
            const halfway = Math.floor(uncancelled.looks / 2);
            const token = cancelledAfter(halfway);
            await expect(CALLS[name]!(services, document, token)).rejects.toSatisfy(isOperationCancelled);
            expect(token.looks).toBe(halfway + 1);
        },
        60_000
    );
});
