import { ITEMS_PER_STEP } from './steps.js';
import type { Token } from './tokens.js';

const INDENT = '  ';

interface Layout {
    tokens: readonly Token[];
    source: string;
    eol: string;
    /** Indices of the `{` tokens whose block is laid out one item per line. */
    broken: ReadonlySet<number>;
    /** For each block that encloses the current token, whether it is broken. */
    open: boolean[];
    /** For each index, the first token at or after it that is not a comment. */
    nextCode: readonly (Token | undefined)[];
}

/**
 * The whitespace to write before each token, and (last entry) after the last one. This is the
 * canonical layout of .svc text, after the samples of the language reference:
 *
 * - Top-level items (`package`, each `import`, each declaration) start a line at column 0,
 *   with one blank line between two of them where the source had one or more, none otherwise.
 * - A `{ … }` block that the source has on one line (no line break, no line comment between
 *   its braces) stays on one line: one space inside the braces, two spaces between items,
 *   `{ functionality 80  performance 70 }`; an empty block is `{ }`. Any other block is
 *   broken: `{` ends its line, each item gets a line of its own, indented two spaces per
 *   level, and `}` returns to the indentation of the line that opened the block. Blank lines
 *   between items are kept (at most one), never just inside the braces.
 * - Within an item, one space between tokens; none before `,` and on either side of `.`.
 * - Comments keep their lines. A comment after code stays after it: two spaces before `//`,
 *   one before a block comment. A comment on a line of its own stays on its own line, indented
 *   as the code that follows it. A line break after a block comment is kept. Where a comment
 *   splits an item, the rest of the item is indented one more level.
 * - The file ends with one line break; no line ends in blanks.
 *
 * Only whitespace between tokens is decided here, so the tokens, and the meaning, stay as
 * they are; and every choice depends only on what the output preserves (line breaks around
 * comments, one-line blocks, blank lines), which is why formatting twice changes nothing.
 */
export function* separators(tokens: readonly Token[], source: string, eol: string): Generator<void, string[]> {
    const broken = brokenBlocks(tokens, source);
    yield;
    const layout: Layout = { tokens, source, eol, broken, open: [], nextCode: nextCodeTokens(tokens) };
    yield;
    const result: string[] = [];
    for (let index = 0; index <= tokens.length; index++) {
        if (index % ITEMS_PER_STEP === 0) yield;
        result.push(separatorBefore(layout, index));
        if (tokens[index]?.text === '{') {
            layout.open.push(layout.broken.has(index));
        } else if (tokens[index]?.text === '}') {
            layout.open.pop();
        }
    }
    return result;
}

/**
 * A block is broken when its source has a line break between its braces or a line comment
 * (which ends its line); otherwise it stays on one line. The user chooses by writing it so,
 * and the formatter keeps that choice, which is why a second run changes nothing.
 */
function brokenBlocks(tokens: readonly Token[], source: string): Set<number> {
    const broken = new Set<number>();
    const opened: number[] = [];
    tokens.forEach((token, index) => {
        if (token.text === '{') {
            opened.push(index);
        } else if (token.text === '}') {
            const open = opened.pop()!;
            if (index > open + 1 && spansLines(tokens, open, index, source)) {
                broken.add(open);
            }
        }
    });
    return broken;
}

function spansLines(tokens: readonly Token[], open: number, close: number, source: string): boolean {
    for (let index = open + 1; index <= close; index++) {
        if (tokens[index]!.comment === 'line' || lineBreaks(gap(tokens, index, source)) > 0) {
            return true;
        }
    }
    return false;
}

function separatorBefore(layout: Layout, index: number): string {
    const before = layout.tokens[index - 1];
    const token = layout.tokens[index];
    if (!before) {
        // A byte order mark is whitespace to the lexer, but it belongs to the file.
        return layout.source.startsWith('\uFEFF') ? '\uFEFF' : '';
    }
    if (!token) {
        return layout.eol;
    }
    const breaks = lineBreaks(gap(layout.tokens, index, layout.source));
    if (token.comment && breaks === 0) {
        // A comment after code stays on that code's line: a note such as `// expect:` is about that line.
        return token.comment === 'line' ? '  ' : ' ';
    }
    if (before.comment === 'line' || token.comment || (before.comment && breaks > 0)) {
        return newline(layout, index, breaks);
    }
    return between(layout, before, token, index, breaks);
}

/** The separator between two code tokens (or after a block comment that shares the next token's line). */
function between(layout: Layout, before: Token, token: Token, index: number, breaks: number): string {
    const block = layout.open.at(-1);
    if (token.itemStart) {
        if (block === false) {
            return before.text === '{' ? ' ' : '  ';
        }
        return newline(layout, index, breaks);
    }
    if (before.text === '{' || token.text === '}') {
        return block ? newline(layout, index, breaks) : ' ';
    }
    return token.text === ',' || token.text === '.' || before.text === '.' ? '' : ' ';
}

/** A line break, a blank line where the user had one or more (never just inside braces), and the indentation. */
function newline(layout: Layout, index: number, breaks: number): string {
    const blank = breaks > 1 && layout.tokens[index - 1]!.text !== '{' && layout.tokens[index]!.text !== '}';
    return layout.eol + (blank ? layout.eol : '') + INDENT.repeat(depthOf(layout, index));
}

/**
 * The indentation of a line, in levels: an item at the depth of its block, a closing brace at
 * the depth of its opening line, the rest of an item that a comment broke at one level more.
 * A comment on its own line is indented as the code that follows it.
 */
function depthOf(layout: Layout, index: number): number {
    const depth = layout.open.length;
    const code = layout.nextCode[index];
    if (!code || code.itemStart) {
        return depth;
    }
    if (code.text === '}') {
        return layout.tokens[index]!.comment ? depth : depth - 1;
    }
    return depth + 1;
}

/** Computed once from the end: looked up per line, a run of 300,000 comment lines took minutes. */
function nextCodeTokens(tokens: readonly Token[]): (Token | undefined)[] {
    const next = new Array<Token | undefined>(tokens.length + 1).fill(undefined);
    for (let index = tokens.length - 1; index >= 0; index--) {
        next[index] = tokens[index]!.comment ? next[index + 1] : tokens[index];
    }
    return next;
}

function gap(tokens: readonly Token[], index: number, source: string): string {
    return source.slice(tokens[index - 1]?.end ?? 0, tokens[index]?.offset ?? source.length);
}

function lineBreaks(text: string): number {
    return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}
