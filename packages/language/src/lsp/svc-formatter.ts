import type { Grammar, LangiumDocument } from 'langium';
import type { Formatter, LangiumServices } from 'langium/lsp';
import { TextEdit, type DocumentFormattingParams, type DocumentOnTypeFormattingOptions, type DocumentRangeFormattingParams } from 'vscode-languageserver';
import { formatReplacements } from '../formatting/replacements.js';

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

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return this.edits(document, 0, Number.POSITIVE_INFINITY);
    }

    /** The edits that touch the range: each one only changes whitespace, so any subset of them is safe. */
    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const text = document.textDocument;
        return this.edits(document, text.offsetAt(params.range.start), text.offsetAt(params.range.end));
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    private edits(document: LangiumDocument, from: number, to: number): TextEdit[] {
        const text = document.textDocument;
        return (formatReplacements(document.parseResult, this.grammar) ?? [])
            .filter(replacement => replacement.end >= from && replacement.offset <= to)
            .map(replacement => TextEdit.replace({ start: text.positionAt(replacement.offset), end: text.positionAt(replacement.end) }, replacement.text));
    }
}
