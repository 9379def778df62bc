/**
 * A few ANSI styles, written out rather than taken from a colour library: the CLI needs five,
 * and whether to use them at all is decided once by the caller (TTY and NO_COLOR).
 */
const STYLES = {
    red: [31, 39],
    yellow: [33, 39],
    cyan: [36, 39],
    green: [32, 39],
    bold: [1, 22],
    dim: [2, 22]
} as const;

export type Style = keyof typeof STYLES;

export type Paint = (style: Style, text: string) => string;

export function painter(colour: boolean): Paint {
    if (!colour) {
        return (_style, text) => text;
    }
    return (style, text) => `\u001b[${STYLES[style][0]}m${text}\u001b[${STYLES[style][1]}m`;
}
