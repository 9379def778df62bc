import { interruptAndCheck, type Grammar, type LangiumDocument } from 'langium';
import type { Formatter, LangiumServices } from 'langium/lsp';
import {
    CancellationToken,
    TextEdit,
    type DocumentFormattingParams,
    type DocumentOnTypeFormattingOptions,
    type DocumentRangeFormattingParams
} from 'vscode-languageserver';
import { cancellableReplacements } from '../formatting/replacements.js';
import { startUnlessCancelled } from './cancellation.js';

/**
 * Formats .svc documents in the editor exactly as `svc format` does (layout in formatting/layout.ts):
 * the same replacements, as minimal text edits. The layout is canonical, so the editor's
 * tab size and indentation options are not consulted. A document with syntax errors gets no
 * edits at all rather than a layout guessed from the parser's recovery.
 */
export class SvcFormatter implements Formatter {
    private readonly grammar: Grammar;

    constructor(services: LangiumServices) {
        this.grammar = services.Grammar;
    }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams, cancelToken = CancellationToken.None): Promise<TextEdit[]> {
        return this.edits(document, 0, Number.POSITIVE_INFINITY, cancelToken);
    }

    /** The edits that touch the range: each one only changes whitespace, so any subset of them is safe. */
    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams, cancelToken = CancellationToken.None): Promise<TextEdit[]> {
        const text = document.textDocument;
        return this.edits(document, text.offsetAt(params.range.start), text.offsetAt(params.range.end), cancelToken);
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    /** A cancelled request stops between the formatter's passes and between two edits. */
    private async edits(document: LangiumDocument, from: number, to: number, cancelToken: CancellationToken): Promise<TextEdit[]> {
        await startUnlessCancelled(cancelToken);
        const text = document.textDocument;
        const edits: TextEdit[] = [];
        for (const replacement of (await cancellableReplacements(document.parseResult, this.grammar, cancelToken)) ?? []) {
            if (replacement.end < from || replacement.offset > to) continue;
            await interruptAndCheck(cancelToken);
            edits.push(TextEdit.replace({ start: text.positionAt(replacement.offset), end: text.positionAt(replacement.end) }, replacement.text));
        }
        return edits;
    }
}
