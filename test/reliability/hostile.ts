/** Documents built to hurt a parser, shared by the server and CLI reliability tests. */

/** Bytes from a fixed-seed generator, so that a failure can be replayed. */
export function randomBytes(length: number, seed = 1): Buffer {
    const bytes = Buffer.alloc(length);
    let state = seed;
    for (let i = 0; i < length; i++) {
        state = (state * 1103515245 + 12345) >>> 0;
        bytes[i] = state >>> 24;
    }
    return bytes;
}

export const HOSTILE: Record<string, string> = {
    '100,000 opening braces': '{'.repeat(100_000),
    '200 KB of random bytes': randomBytes(200_000).toString('utf8'),
    // No grammar rule recurses: a need's score map is as deep as blocks go, so this is as deep as
    // the grammar can be pushed, repeated until every line is a syntax error.
    'nesting as deep as the grammar goes, 20,000 times over': 'need N { requires { '.repeat(20_000),
    '300,000 comment lines': '//x\n'.repeat(300_000)
};
