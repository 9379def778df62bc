/** The two ways user text is made inert in a report: one per document format. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text content and attribute values in HTML. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, char => ENTITIES[char]!);
}

/**
 * Text in Markdown, inline or in a table cell. Markdown passes raw HTML through and turns
 * `[x](y)`, `` `x` ``, `*x*` and friends into markup, so: the characters that start HTML
 * become entities (quotes matter only inside tags, and no tag can start); `[` and `]` are
 * backslash-escaped, so no link or image can open (and `(`, `!` may stay plain), as are the
 * marks of code, emphasis, strike-through and table cells; line breaks, which would end a
 * table row or start a block, become spaces. User text never starts a line (the writer puts
 * its own syntax first), so list, heading and quote markers need no escape, and rule ids,
 * paths and figures stay readable in the source.
 */
export function escapeMarkdown(text: string): string {
    return text
        .replace(/[\r\n\u2028\u2029\u0085]+/g, ' ')
        .replace(/[\\`*_[\]|~]/g, char => `\\${char}`)
        .replace(/[&<>]/g, char => ENTITIES[char]!);
}
