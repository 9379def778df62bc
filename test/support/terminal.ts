/**
 * Characters a terminal obeys rather than shows: C0 controls but tab and line feed, DEL, C1
 * controls, and the bidi marks, embeddings, overrides and isolates. No output svc writes for a
 * terminal (text and github reports, file lists, stderr) may hold one.
 */
export const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The first active character of `output`, as `U+001B`, or undefined. */
export function activeCharacter(output: string): string | undefined {
    const found = ACTIVE.exec(output);
    return found === null ? undefined : `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
