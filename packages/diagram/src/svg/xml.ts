/**
 * The only place text enters the SVG. Names, titles, remarks and messages are user input, so
 * every text node and every attribute value goes through `escapeXml`; element and attribute
 * names are constants of this package, never data.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// Characters XML 1.0 forbids (controls other than tab, newline, return; lone surrogates; U+FFFE/F).
export const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
    return text.replace(INVALID_XML, '\uFFFD').replace(/[&<>"']/g, char => ENTITIES[char]!);
}

/** Numbers rounded to two decimals, without trailing zeros or `-0`, so output is byte-stable. */
export function num(value: number): string {
    const rounded = Math.round(value * 100) / 100;
    return Object.is(rounded, -0) ? '0' : String(rounded);
}

export type AttrValue = string | number | undefined;

/** Attributes in the order given; numbers rounded, strings escaped, undefined left out. */
export function attrs(values: ReadonlyArray<readonly [string, AttrValue]>): string {
    return values
        .filter((entry): entry is readonly [string, string | number] => entry[1] !== undefined)
        .map(([name, value]) => ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`)
        .join('');
}

/** One element on its own line: empty, with text content, or with child lines indented below it. */
export function element(name: string, attributes: string, content?: string | string[]): string[] {
    if (content === undefined) return [`<${name}${attributes}/>`];
    if (typeof content === 'string') return [`<${name}${attributes}>${escapeXml(content)}</${name}>`];
    return [`<${name}${attributes}>`, ...content.map(line => `  ${line}`), `</${name}>`];
}
