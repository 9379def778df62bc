import type { GrammarAST } from 'langium';
import type { TokenType } from 'chevrotain';
import { DefaultTokenBuilder } from 'langium';

/**
 * Chevrotain picks the token types to try at each position from the first character, but it
 * cannot see which characters a Unicode (`/u`) pattern starts with: one such pattern and it
 * tries every token type everywhere, which made lexing many times slower (a 20,000-declaration
 * file went from 35 ms to about a second per completion). Names (revision 2: Unicode
 * identifiers, the one `/u` terminal) say here what they can start with. Chevrotain files characters above U+00FF in buckets of 255
 * code units, so one character of every bucket stands for all the non-ASCII letters a name may
 * start with (surrogates included, for names beyond the Basic Multilingual Plane); below
 * U+0100 each character is a bucket of its own.
 */
export class SvcTokenBuilder extends DefaultTokenBuilder {
    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name === 'ID') token.PATTERN = matchName;
        const starts = START_CHARS[terminal.name];
        if (starts) {
            token.START_CHARS_HINT = starts;
            // None of them spans a line, which spares chevrotain looking for line breaks in each match.
            token.LINE_BREAKS = false;
        }
        return token;
    }
}

const ASCII_NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const UNICODE_NAME = /[\p{XID_Start}_][\p{XID_Continue}]*/uy;

/**
 * The ID terminal's matcher: the same names as its `/u` pattern, but nearly every name is ASCII,
 * and a plain pattern matches those twice as fast; the Unicode one runs only where a name
 * starts with or reaches a non-ASCII character.
 */
function matchName(text: string, offset: number): RegExpExecArray | null {
    ASCII_NAME.lastIndex = offset;
    const ascii = ASCII_NAME.exec(text);
    if (ascii && !(text.charCodeAt(offset + ascii[0].length) > 0x7f)) return ascii;
    UNICODE_NAME.lastIndex = offset;
    return UNICODE_NAME.exec(text);
}

function nameStarts(): number[] {
    const ascii = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_'].map(char => char.charCodeAt(0));
    const rest: number[] = [];
    // Below U+0100 every character is its own bucket; above, one per bucket of 255 is enough.
    for (let code = 0x80; code <= 0xff; code++) rest.push(code);
    for (let code = 0x100; code <= 0xffff; code += 0x7f) rest.push(code);
    rest.push(0xffff);
    return [...ascii, ...rest];
}

const START_CHARS: Record<string, Array<string | number> | undefined> = {
    ID: nameStarts()
};
