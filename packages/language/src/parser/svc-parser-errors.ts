import type { IToken, TokenType } from 'chevrotain';
import { DefaultLexerErrorMessageProvider, LangiumParserErrorMessageProvider } from 'langium';

const TERMINAL_LABELS: Record<string, string> = {
    ID: 'a name',
    STRING: 'a quoted text',
    DATE: 'a date (YYYY-MM-DD)',
    NUMBER: 'a number',
    PERCENT: 'a percentage',
    DURATION: 'a duration (30m, 4h, 2d, 1w)',
    RULE_ID: 'a rule id'
};

/** Most alternatives name more tokens than a reader wants; past this many, say less. */
const MAX_LISTED = 8;

/**
 * Short, readable parse errors. Chevrotain's defaults list every possible token sequence,
 * which for a grammar where any keyword may be a name runs to a hundred lines.
 */
export class SvcParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken }): string {
        return `Expected ${label(options.expected)} but found ${found(options.actual)}.`;
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[] }): string {
        return expectation(options.expectedPathsPerAlt.flat(), options.actual[0]);
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[] }): string {
        return expectation(options.expectedIterationPaths, options.actual[0]);
    }
}

function expectation(paths: TokenType[][], actual: IToken | undefined): string {
    const firsts = [...new Set(paths.map(path => path[0]).filter(token => token !== undefined))];
    // Every keyword is also a name, so where a name fits, "a name" says it all.
    const labels = firsts.some(token => token.name === 'ID')
        ? [TERMINAL_LABELS['ID']!, ...firsts.filter(token => token.name in TERMINAL_LABELS && token.name !== 'ID').map(label)]
        : firsts.map(label);
    const listed = labels.length > MAX_LISTED ? `${labels.slice(0, MAX_LISTED).join(', ')}, …` : labels.join(', ');
    return labels.length === 1 ? `Expected ${listed} but found ${found(actual)}.` : `Expected one of ${listed} but found ${found(actual)}.`;
}

function label(token: TokenType): string {
    return TERMINAL_LABELS[token.name] ?? `'${token.name.replace(/:KW$/, '')}'`;
}

function found(token: IToken | undefined): string {
    return !token || token.image === '' ? 'the end of the file' : `'${token.image}'`;
}

/**
 * Says which character the lexer could not read, by code point: chevrotain's default quotes it
 * raw (`->\u0000<-`), which shows nothing useful for control characters, invalid UTF-8 (decoded
 * as U+FFFD) or lone surrogates, and garbles terminals.
 */
export class SvcLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const skipped = length > 1 ? ` (skipped ${length} characters)` : '';
        return `Unexpected character ${describeCharacter(fullText, startOffset)}${skipped}.`;
    }
}

export function describeCharacter(text: string, offset: number): string {
    const code = text.codePointAt(offset) ?? 0;
    const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    if (code === 0xfffd) return `${hex} (the file is not valid UTF-8 here)`;
    if (code >= 0xd800 && code <= 0xdfff) return `${hex} (a lone surrogate)`;
    // Control, format and separator characters print as nothing or move the cursor: name the code only.
    return /[\p{C}\p{Z}]/u.test(String.fromCodePoint(code)) ? hex : `'${String.fromCodePoint(code)}' (${hex})`;
}
