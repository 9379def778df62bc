import type { IToken, TokenType } from 'chevrotain';
import { LangiumParserErrorMessageProvider } from 'langium';

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
