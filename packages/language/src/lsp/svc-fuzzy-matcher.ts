import type { FuzzyMatcher } from 'langium/lsp';

/**
 * Matches a query against a name's own words. Words start at the beginning, after a `.`, `-` or
 * `_`, and at each camel-case hump; the query is read as prefixes of words, in order
 * (`CostEst`, `CE` and `Estim` all find `CostEstimating`). Without a `.`, the query must lie in
 * one segment of a qualified name, so that `Order` finds `sales.PurchaseOrder` but not
 * `org2.bids.BidManager` (whose letters Langium's matcher found scattered along the path);
 * with a `.`, it is matched across segments (`acme.Est`).
 */
export class SvcFuzzyMatcher implements FuzzyMatcher {
    match(query: string, text: string): boolean {
        if (query.length === 0) return true;
        const q = query.toLowerCase();
        const segments = q.includes('.') ? [text] : text.split('.');
        return segments.some(segment => matchesWords(q, segment));
    }
}

/** Whether `q` (lower case) is a sequence of chunks, each a prefix of a word of `text`, in order. */
function matchesWords(q: string, text: string): boolean {
    const lower = text.toLowerCase();
    const starts = wordStarts(text);
    // failed[i * (n + 1) + j]: the rest of the query from i cannot be matched from text position j.
    const n = text.length;
    const failed = new Set<number>();
    const from = (i: number, j: number): boolean => {
        if (i === q.length) return true;
        const key = i * (n + 1) + j;
        if (failed.has(key)) return false;
        // Go on within the current word, or start a chunk at a later word.
        const found = (j < n && j > 0 && lower[j] === q[i] && from(i + 1, j + 1)) || starts.some(s => s >= j && lower[s] === q[i] && from(i + 1, s + 1));
        if (!found) failed.add(key);
        return found;
    };
    return from(0, 0);
}

function wordStarts(text: string): number[] {
    const starts: number[] = [];
    for (let i = 0; i < text.length; i++) {
        const previous = text[i - 1];
        const current = text[i]!;
        if (isSeparator(current)) continue;
        if (previous === undefined || isSeparator(previous) || (isLower(previous) && isUpper(current))) starts.push(i);
    }
    return starts;
}

function isSeparator(char: string): boolean {
    return char === '.' || char === '-' || char === '_';
}

function isLower(char: string): boolean {
    return char !== char.toUpperCase() && char === char.toLowerCase();
}

function isUpper(char: string): boolean {
    return char !== char.toLowerCase() && char === char.toUpperCase();
}
