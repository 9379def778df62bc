/**
 * Text widths without a DOM: per-character advance widths of Helvetica (Arial and Liberation
 * Sans share them), in thousandths of an em, for printable ASCII. Layout must know how wide a
 * label is before any browser sees it, and the same text must always measure the same.
 */

// Widths for ' ' (32) to '~' (126), from the Helvetica and Helvetica-Bold AFM files.
const REGULAR = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584,
    556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278,
    469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260,
    334, 584
];
const BOLD = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584,
    611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333,
    584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280,
    389, 584
];
/** Accented Latin, Greek, Cyrillic and symbols: a little wider than the average letter, to be safe. */
const OTHER = 640;
/** CJK, Hangul, kana and emoji take a full em. */
const WIDE = 1000;

export interface Font {
    size: number;
    bold?: boolean;
}

/** The smallest text any view draws: below 11 px, labels are hard to read at 100 % zoom. */
export const SMALL: Font = { size: 11 };

function advance(codePoint: number, bold: boolean): number {
    const table = bold ? BOLD : REGULAR;
    if (codePoint >= 32 && codePoint <= 126) return table[codePoint - 32]!;
    return codePoint >= 0x2e80 ? WIDE : OTHER;
}

/** The width of the text in user units (px) at the font's size. */
export function textWidth(text: string, font: Font): number {
    let units = 0;
    for (const char of text) units += advance(char.codePointAt(0)!, font.bold === true);
    return (units * font.size) / 1000;
}

const ELLIPSIS = '…';

/** The text, cut with an ellipsis where needed so that it fits within maxWidth. */
export function truncate(text: string, maxWidth: number, font: Font): string {
    if (textWidth(text, font) <= maxWidth) return text;
    const chars = [...text];
    while (chars.length > 0 && textWidth(chars.join('') + ELLIPSIS, font) > maxWidth) chars.pop();
    return chars.join('').trimEnd() + ELLIPSIS;
}

/**
 * Breaks the text at spaces into at most maxLines lines that fit maxWidth; a word longer than a
 * line is cut, and the last line ends with an ellipsis when text is left over.
 */
export function wrap(text: string, maxWidth: number, font: Font, maxLines: number): string[] {
    const lines: string[] = [];
    let current = '';
    const words = text.split(/\s+/).filter(word => word !== '');
    for (const [i, word] of words.entries()) {
        const candidate = current === '' ? word : `${current} ${word}`;
        if (textWidth(candidate, font) <= maxWidth || current === '') {
            current = candidate;
            continue;
        }
        if (lines.length === maxLines - 1) {
            // The last line keeps the rest of the text, to be cut with an ellipsis below.
            current = `${current} ${words.slice(i).join(' ')}`;
            break;
        }
        lines.push(current);
        current = word;
    }
    if (current !== '') lines.push(current);
    return lines.map(line => truncate(line, maxWidth, font));
}
