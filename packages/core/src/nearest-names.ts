/**
 * The names nearest to a misspelt one, for "did you mean …?". Comparing a name with every
 * declared name would make a workspace full of unresolved references quadratic, so the names go
 * into a deletion index once (each name and every name one character shorter, as in SymSpell)
 * and a look-up only tries the keys of the written name with up to two characters deleted.
 * That finds every name one edit away, and two edits away when at most one of the two is a
 * character the written name lacks or has wrong (the other one extra); each candidate is then
 * measured exactly.
 */
export class NearestNames {
    private readonly byKey = new Map<string, string[]>();
    /** Where each name was added first: ties in distance keep that order. */
    private readonly order = new Map<string, number>();

    constructor(names: Iterable<string>) {
        for (const name of names) {
            if (this.order.has(name)) continue;
            this.order.set(name, this.order.size);
            for (const key of new Set([name, ...oneShorter(name)])) {
                const named = this.byKey.get(key);
                if (named) named.push(name);
                else this.byKey.set(key, [name]);
            }
        }
    }

    /**
     * The names within `maxEdits(written)` edits of `written` (insertions, deletions,
     * substitutions and swaps of neighbours), nearest first, at most `limit` of them; never
     * `written` itself.
     */
    near(written: string, accept: (name: string) => boolean, limit: number): string[] {
        const max = maxEdits(written);
        const keys = new Set([written, ...oneShorter(written)]);
        if (max > 1) for (const shorter of [...keys]) for (const key of oneShorter(shorter)) keys.add(key);
        const found = new Map<string, number>();
        for (const key of keys) {
            for (const name of this.byKey.get(key) ?? []) {
                if (name === written || found.has(name) || !accept(name)) continue;
                const distance = editDistance(written, name, max);
                if (distance <= max) found.set(name, distance);
            }
        }
        return [...found]
            .sort(([a, da], [b, db]) => da - db || this.order.get(a)! - this.order.get(b)!)
            .slice(0, limit)
            .map(([name]) => name);
    }
}

/** Short names are a few edits from most others: two characters get no suggestion, up to five one edit. */
function maxEdits(written: string): number {
    return written.length <= 2 ? 0 : written.length <= 5 ? 1 : 2;
}

function oneShorter(name: string): string[] {
    const keys: string[] = [];
    for (let i = 0; i < name.length; i++) keys.push(name.slice(0, i) + name.slice(i + 1));
    return keys;
}

/**
 * Edits between two texts, counting a swap of neighbours as one (`Hsoting` → `Hosting`), or
 * `limit + 1` as soon as it must exceed `limit`.
 */
function editDistance(a: string, b: string, limit: number): number {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    // rows[i][j]: the distance between the first i units of a and the first j of b.
    const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(rows[i - 1]![j - 1]! + cost, rows[i - 1]![j]! + 1, row[j - 1]! + 1);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
            row.push(best);
        }
        if (Math.min(...row) > limit) return limit + 1;
        rows.push(row);
    }
    return Math.min(rows[a.length]![b.length]!, limit + 1);
}
