/**
 * Characters a terminal acts on instead of showing: C0 controls (but tab), DEL, C1 controls, and
 * the bidi marks, embeddings, overrides and isolates that reorder what is shown ("Trojan
 * Source"). Written raw, an ESC sequence in a file name or a quoted token could erase the lines
 * above it, set the window title or hide text; a right-to-left override could make a line read as
 * something else.
 */
const ACTIVE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from .svc files and file names, safe for the terminal: every active character is shown as
 * its escape (`\x1b`, `\u202e`) and does nothing. The text report, the GitHub annotations and
 * every line on stderr go through this.
 */
export function visible(text: string): string {
    return text.replace(ACTIVE, char => {
        const code = char.charCodeAt(0);
        return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
