import type { AstNode, LangiumDocument } from 'langium';
import { GrammarUtils } from 'langium';
import type { Position, Range, TextEdit } from 'vscode-languageserver';

/** One document's text, as lines, with its line ending and indentation unit. */
export class SourceText {
    readonly lines: string[];
    readonly eol: string;
    /** The document's own indentation step, from its first indented item; two spaces when it has none. */
    readonly unit: string;

    constructor(text: string) {
        // The LSP's line breaks, which positions count in: a lone `\r` ends a line too.
        this.lines = text.split(/\r\n|\r|\n/);
        this.eol = text.includes('\r\n') ? '\r\n' : '\n';
        // Lines starting `*` or `/` are comment continuations, not indentation of items.
        this.unit = this.lines.map(line => /^([ \t]+)[A-Za-z]/.exec(line)?.[1]).find(indent => indent !== undefined) ?? '  ';
    }

    static of(document: LangiumDocument): SourceText {
        return new SourceText(document.textDocument.getText());
    }

    indentOf(line: number): string {
        return /^[ \t]*/.exec(this.lines[line] ?? '')![0];
    }
}

/** A declaration in canonical layout: the head, then one item per line, indented two spaces. */
export function declarationLines(head: string, items: readonly string[]): string[] {
    return items.length === 0 ? [head] : [`${head} {`, ...items.map(item => `  ${item}`), '}'];
}

/**
 * Inserts declaration lines after the declaration at `range`, with a blank line before and,
 * when something follows, after. A trailing line comment stays with its declaration.
 */
export function insertAfter(source: SourceText, range: Range, lines: readonly string[]): TextEdit {
    const { eol } = source;
    const endLine = source.lines[range.end.line] ?? '';
    const rest = endLine.slice(range.end.character).trim();
    const atLineEnd = rest === '' || rest.startsWith('//');
    const position = atLineEnd ? { line: range.end.line, character: endLine.length } : range.end;
    const next = source.lines[range.end.line + 1];
    const after = !atLineEnd ? eol + eol : next !== undefined && next.trim() !== '' ? eol : '';
    return insert(position, eol + eol + lines.join(eol) + after);
}

/** Appends declaration lines at the end of a file, after a blank line. */
export function appendToFile(source: SourceText, lines: readonly string[]): TextEdit {
    const last = source.lines.length - 1;
    const position = { line: last, character: source.lines[last]!.length };
    const lead = source.lines[last]!.trim() === '' ? source.eol : source.eol + source.eol;
    return insert(position, lead + lines.join(source.eol) + source.eol);
}

/** `, item` after the last entry of a comma-separated list. */
export function appendToList(lastEntry: Range, item: string): TextEdit {
    return insert(lastEntry.end, `, ${item}`);
}

/**
 * Adds items to the `{ … }` body of a declaration or block, in the body's own layout: a
 * one-line body stays on one line, a multi-line body gets one line per item at its
 * indentation. Without a body, one is created.
 */
export function insertIntoBody(source: SourceText, node: AstNode, items: readonly string[]): TextEdit | undefined {
    const cst = node.$cstNode;
    const open = GrammarUtils.findNodeForKeyword(cst, '{')?.range;
    const close = GrammarUtils.findNodesForKeyword(cst, '}').at(-1)?.range;
    if (!cst) return undefined;
    if (!open || !close) return newBody(source, cst.range, items);
    return open.start.line === close.start.line ? intoOneLineBody(source, open, close, items) : intoMultiLineBody(source, open, close, items);
}

function newBody(source: SourceText, range: Range, items: readonly string[]): TextEdit {
    const { eol } = source;
    const outer = source.indentOf(range.start.line);
    const lines = items.map(item => outer + source.unit + item);
    return insert(range.end, ` {${eol}${lines.join(eol)}${eol}${outer}}`);
}

function intoOneLineBody(source: SourceText, open: Range, close: Range, items: readonly string[]): TextEdit {
    const inside = source.lines[open.end.line]!.slice(open.end.character, close.start.character);
    // Items on one line are set apart by two spaces, as in the reference's samples.
    const text = items.join('  ');
    if (inside.trim() === '') return { range: { start: open.end, end: close.start }, newText: ` ${text} ` };
    return insert({ line: open.end.line, character: open.end.character + inside.trimEnd().length }, `  ${text}`);
}

function intoMultiLineBody(source: SourceText, open: Range, close: Range, items: readonly string[]): TextEdit {
    const indent = bodyIndent(source, open, close);
    const beforeClose = source.lines[close.start.line]!.slice(0, close.start.character);
    if (beforeClose.trim() === '') {
        return insert({ line: close.start.line, character: 0 }, items.map(item => indent + item + source.eol).join(''));
    }
    return insert({ line: close.start.line, character: beforeClose.trimEnd().length }, items.map(item => source.eol + indent + item).join(''));
}

/** The indentation of the body's first item line; one step in from the opening line when there is none. */
function bodyIndent(source: SourceText, open: Range, close: Range): string {
    for (let line = open.start.line + 1; line < close.start.line; line++) {
        if (source.lines[line]!.trim() !== '') return source.indentOf(line);
    }
    return source.indentOf(open.start.line) + source.unit;
}

function insert(position: Position, newText: string): TextEdit {
    return { range: { start: position, end: position }, newText };
}
