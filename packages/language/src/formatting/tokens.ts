import { CstUtils, type RootCstNode } from 'langium';

/** A token of the source as the formatter sees it: code, or a comment (whitespace lies between tokens). */
export interface Token {
    offset: number;
    /** Where the token ends in the source; a line comment's trailing blanks are left to the gap after it. */
    end: number;
    /** The token as it is written out: code verbatim, comments without trailing blanks. */
    text: string;
    comment?: 'line' | 'block';
    /** Whether the token begins a top-level item or an item of a `{ … }` body. */
    itemStart: boolean;
}

/** Every token of the document in source order, comments included. */
export function tokensOf(root: RootCstNode, itemStarts: ReadonlySet<number>): Token[] {
    return CstUtils.flattenCst(root)
        .toArray()
        .sort((a, b) => a.offset - b.offset)
        .map(leaf => {
            // Whitespace is skipped by the lexer, so every hidden leaf is a comment.
            if (!leaf.hidden) {
                return { offset: leaf.offset, end: leaf.end, text: leaf.text, itemStart: itemStarts.has(leaf.offset) };
            }
            if (leaf.text.startsWith('//')) {
                const text = leaf.text.trimEnd();
                return { offset: leaf.offset, end: leaf.offset + text.length, text, comment: 'line', itemStart: false };
            }
            return { offset: leaf.offset, end: leaf.end, text: leaf.text.replace(/[ \t]+(?=\r|\n)/g, ''), comment: 'block', itemStart: false };
        });
}
