import { interruptAndCheck, type Grammar, type ParseResult } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { itemStartOffsets } from './item-starts.js';
import { separators } from './layout.js';
import { ITEMS_PER_STEP } from './steps.js';
import { tokensOf } from './tokens.js';

/** Replace the source from `offset` to `end` with `text`. */
export interface Replacement {
    offset: number;
    end: number;
    text: string;
}

/**
 * The changes that turn a parsed .svc document into its canonical form, in source order and
 * without overlaps; none when it is canonical already. Undefined when the document has syntax
 * errors: the parser's recovery may have skipped or invented tokens, so a layout computed from
 * its tree could move or merge what the user wrote. Such a document is left alone.
 *
 * The formatter only ever replaces whitespace between tokens and trailing blanks inside
 * comments, so the tokens, and therefore the meaning, never change.
 */
export function formatReplacements(parsed: ParseResult, grammar: Grammar): Replacement[] | undefined {
    const steps = replacementSteps(parsed, grammar);
    for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
    }
}

/**
 * The same replacements for the editor, which may cancel: a cancelled request stops between two
 * steps of a millisecond or so, where a whole pass over 20,000 declarations takes 60 to 90 ms.
 */
export async function cancellableReplacements(parsed: ParseResult, grammar: Grammar, cancelToken: CancellationToken): Promise<Replacement[] | undefined> {
    const steps = replacementSteps(parsed, grammar);
    for (;;) {
        await interruptAndCheck(cancelToken);
        const step = steps.next();
        if (step.done) return step.value;
    }
}

/** The computation, yielding every few thousand nodes or tokens (see steps.ts). */
function* replacementSteps(parsed: ParseResult, grammar: Grammar): Generator<void, Replacement[] | undefined> {
    const root = parsed.value.$cstNode?.root;
    if (hasSyntaxErrors(parsed) || !root) {
        return undefined;
    }
    const source = root.fullText;
    const starts = yield* itemStartOffsets(root, grammar);
    const tokens = yield* tokensOf(root, starts);
    // A file with any CRLF line break is a CRLF file; so it stays after formatting, which keeps the choice stable.
    const whitespace = yield* separators(tokens, source, source.includes('\r\n') ? '\r\n' : '\n');
    const replacements: Replacement[] = [];
    for (const [index, text] of whitespace.entries()) {
        if (index % ITEMS_PER_STEP === 0) yield;
        const offset = tokens[index - 1]?.end ?? 0;
        const token = tokens[index];
        replace(replacements, source, { offset, end: token?.offset ?? source.length, text });
        if (token) {
            replace(replacements, source, { offset: token.offset, end: token.end, text: token.text });
        }
    }
    return replacements;
}

export function applyReplacements(text: string, replacements: readonly Replacement[]): string {
    let result = '';
    let done = 0;
    for (const { offset, end, text: replacement } of replacements) {
        result += text.slice(done, offset) + replacement;
        done = end;
    }
    return result + text.slice(done);
}

function replace(replacements: Replacement[], source: string, replacement: Replacement): void {
    if (source.slice(replacement.offset, replacement.end) !== replacement.text) {
        replacements.push(replacement);
    }
}

function hasSyntaxErrors(parsed: ParseResult): boolean {
    const reported = parsed.lexerReport?.diagnostics ?? [];
    return parsed.lexerErrors.length > 0 || parsed.parserErrors.length > 0 || reported.some(diagnostic => (diagnostic.severity ?? 'error') === 'error');
}
