import type { Severity, SourceLocation } from './model.js';
import type { RuleId } from './rules.js';

/**
 * A diagnostic before policy: what a check found, with the rule that found it.
 * `element` is the qualified name of the top-level declaration it belongs to (absent for a
 * finding outside any declaration, such as a syntax error between declarations).
 */
export interface RawFinding {
    rule: RuleId;
    message: string;
    location: SourceLocation;
    element?: string;
    /** Other places the finding is about (the declaration a duplicate clashes with): LSP `relatedInformation`. */
    related?: RelatedLocation[];
}

export interface RelatedLocation {
    location: SourceLocation;
    message: string;
}

/** A diagnostic after policy: severity resolved, suppressions and `off` rules removed. */
export interface Finding extends RawFinding {
    severity: Severity;
}

/** The order every report uses: by document URI, line, column, then rule id. */
export function compareFindings(a: RawFinding, b: RawFinding): number {
    const ra = a.location.range.start;
    const rb = b.location.range.start;
    return compare(a.location.uri, b.location.uri) || ra.line - rb.line || ra.character - rb.character || compare(a.rule, b.rule);
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** A name longer than this is shortened in messages: a 1 MB identifier must not make a 1 MB line. */
const MAX_WORD = 100;
const LONG_WORD = new RegExp(`[^\\s'",]{${MAX_WORD + 1},}`, 'g');

/** The message with each overlong word cut to its start and end: `'AAAA…AAAA'`. */
export function shortenLongWords(message: string): string {
    return message.length <= MAX_WORD ? message : message.replace(LONG_WORD, word => `${word.slice(0, MAX_WORD - 21)}…${word.slice(-20)}`);
}
