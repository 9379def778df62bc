import { INVALID_XML } from '../svg/xml.js';

/**
 * The only place user text enters Mermaid source. Mermaid reads a label up to its closing quote
 * and then renders it as HTML, decoding `#name;` and `#code;` into entities; so every character
 * that could end the label, start markup, open a Markdown string or forge an entity is written
 * as a numeric `#code;`, which Mermaid turns back into that character as plain text. So is `%`:
 * before parsing, Mermaid takes `%%{init: …}%%` from anywhere in the source, labels included, as
 * a directive (a `themeCSS` could hide the flagged nodes), and `%%` starts a comment. Line breaks
 * would end the statement and start a new one (a `click … javascript:` line, say), so they
 * become spaces; characters XML cannot carry (Mermaid draws SVG) become U+FFFD. Ids are never user text (see `flowchart.ts`), so nothing else needs escaping.
 */

const CODED = /["#%&<>`]/g;
const BREAKS = /[\r\n\u2028\u2029\u0085]+/g;

export function mermaidText(text: string): string {
    return text
        .replace(BREAKS, ' ')
        .replace(INVALID_XML, '\uFFFD')
        .replace(CODED, char => `#${char.charCodeAt(0)};`);
}

/** A quoted label: the escaped lines, joined by Mermaid's own line break. */
export function label(lines: readonly string[]): string {
    return `"${lines.map(mermaidText).join('<br/>')}"`;
}
