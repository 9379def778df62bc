import type { IToken, TokenType } from 'chevrotain';
import type { Grammar } from 'langium';
import { AstUtils, DefaultLexerErrorMessageProvider, GrammarAST, LangiumParserErrorMessageProvider } from 'langium';
import { NearestNames } from '@svc-lang/core';

const TERMINAL_LABELS: Record<string, string> = {
    // Expected only after the last declaration the parser could read: anything else there must start one.
    EOF: 'a declaration',
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
 * The closed sets of values the grammar takes (its `returns string` rules), by their values
 * sorted: a wrong value is named with what it should be, in the language reference's words.
 */
const VALUE_SETS: Record<string, string> = {
    'business it': 'perspective',
    'core management': 'property group',
    'critical high low medium': 'priority',
    'external internal': 'context',
    'legislative market organisational technology': 'kind of change',
    'cloud external internal': 'provider',
    'high low medium': 'risk level',
    'error info off warning': 'severity',
    'business-engineering business-process-engineering business-process-execution development it-operations service-design service-management': 'stack level'
};

/**
 * Short, readable parse errors. Chevrotain's defaults list every possible token sequence,
 * which for a grammar where any keyword may be a name runs to a hundred lines. A wrong value of
 * a closed set names the set and its values; a word a letter or two from a keyword asks whether
 * the keyword was meant (`requries`: did you mean `requires`?).
 */
export class SvcParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    private readonly keywords: NearestNames;

    /** `keywords`: the grammar's, of which the words (not `{`, `,`, …) may be suggested. */
    constructor(keywords: Iterable<string>) {
        super();
        this.keywords = new NearestNames([...keywords].filter(keyword => /^[a-z][A-Za-z-]*$/.test(keyword)));
    }

    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken }): string {
        return this.withGuess(`Expected ${label(options.expected)} but found ${found(options.actual)}`, options.actual);
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[] }): string {
        return this.expectation(options.expectedPathsPerAlt.flat(), options.actual[0]);
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[] }): string {
        return this.expectation(options.expectedIterationPaths, options.actual[0]);
    }

    private expectation(paths: TokenType[][], actual: IToken | undefined): string {
        const firsts = [...new Set(paths.map(path => path[0]).filter(token => token !== undefined))];
        const values = firsts.map(token => keywordOf(token));
        const set = values.every(value => value !== undefined) ? VALUE_SETS[[...values].sort().join(' ')] : undefined;
        if (set !== undefined && actual && actual.image !== '') {
            const listed = values.map(value => `\`${value}\``);
            const guess =
                new NearestNames(values as string[]).near(actual.image, () => true, 1)[0] ?? values.find(value => value === actual.image.toLowerCase());
            const hint = guess === undefined ? '' : `; did you mean \`${guess}\`?`;
            return `'${actual.image}' is not a ${set}: write ${listed.slice(0, -1).join(', ')} or ${listed.at(-1)}${hint}`;
        }
        return this.withGuess(expectation(firsts, actual), actual);
    }

    /** The message, and the keyword the found word is likely a slip for, if it is a word near one. */
    private withGuess(message: string, actual: IToken | undefined): string {
        const word = actual?.image ?? '';
        const guess = /^[\p{L}_][\p{L}\p{N}_-]*$/u.test(word) ? this.keywords.near(word, () => true, 1)[0] : undefined;
        return guess === undefined ? `${message}.` : `${message}; did you mean \`${guess}\`?`;
    }
}

/** Every keyword of the grammar, each once. */
export function grammarKeywords(grammar: Grammar): Set<string> {
    return new Set(
        AstUtils.streamAllContents(grammar)
            .filter(GrammarAST.isKeyword)
            .map(keyword => keyword.value)
    );
}

function expectation(firsts: TokenType[], actual: IToken | undefined): string {
    // Every keyword is also a name, so where a name fits, "a name" says it all.
    const labels = firsts.some(token => token.name === 'ID')
        ? [TERMINAL_LABELS['ID']!, ...firsts.filter(token => token.name in TERMINAL_LABELS && token.name !== 'ID').map(label)]
        : firsts.map(label);
    const listed = labels.length > MAX_LISTED ? `${labels.slice(0, MAX_LISTED).join(', ')}, …` : labels.join(', ');
    return labels.length === 1 ? `Expected ${listed} but found ${found(actual)}` : `Expected one of ${listed} but found ${found(actual)}`;
}

function label(token: TokenType): string {
    return TERMINAL_LABELS[token.name] ?? `'${token.name.replace(/:KW$/, '')}'`;
}

/** The keyword a token type stands for, or undefined for a terminal (a name, a number, …). */
function keywordOf(token: TokenType): string | undefined {
    return token.name in TERMINAL_LABELS ? undefined : token.name.replace(/:KW$/, '');
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
