import { CstUtils, isLeafCstNode, type LeafCstNode, type RootCstNode } from 'langium';
import { ITEMS_PER_STEP } from './steps.js';

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
export function* tokensOf(root: RootCstNode, itemStarts: ReadonlySet<number>): Generator<void, Token[]> {
    const leaves: LeafCstNode[] = [];
    let seen = 0;
    for (const node of CstUtils.streamCst(root)) {
        if (++seen % ITEMS_PER_STEP === 0) yield;
        if (isLeafCstNode(node)) leaves.push(node);
    }
    // By offset: the tree's order of hidden leaves (comments) is not promised to be the source's.
    leaves.sort((a, b) => a.offset - b.offset);
    const tokens: Token[] = [];
    for (const leaf of leaves) {
        if (tokens.length % ITEMS_PER_STEP === 0) yield;
        tokens.push(token(leaf, itemStarts));
    }
    return tokens;
}

function token(leaf: LeafCstNode, itemStarts: ReadonlySet<number>): Token {
    // Whitespace is skipped by the lexer, so every hidden leaf is a comment.
    if (!leaf.hidden) {
        return { offset: leaf.offset, end: leaf.end, text: leaf.text, itemStart: itemStarts.has(leaf.offset) };
    }
    if (leaf.text.startsWith('//')) {
        const text = leaf.text.trimEnd();
        return { offset: leaf.offset, end: leaf.offset + text.length, text, comment: 'line', itemStart: false };
    }
    return { offset: leaf.offset, end: leaf.end, text: leaf.text.replace(/[ \t]+(?=\r|\n)/g, ''), comment: 'block', itemStart: false };
}
