/** Rounds to a number of decimals; `|| 0` turns -0 into 0 so JSON and equality stay plain. */
export function round(value: number, decimals: number): number {
    const factor = 10 ** decimals;
    return Math.round(value * factor) / factor || 0;
}

export function mean(values: readonly number[]): number | undefined {
    return values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * Nearest-rank percentile: the smallest value such that at least p% of the values are at or
 * below it (rank ⌈p/100 × n⌉ in ascending order). It always returns an observed value, which
 * suits whole days.
 */
export function percentile(sorted: readonly number[], p: number): number | undefined {
    if (sorted.length === 0) return undefined;
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[rank - 1];
}

/** The median as readers expect it: the middle value, or the mean of the two middle values. */
export function median(sorted: readonly number[]): number | undefined {
    if (sorted.length === 0) return undefined;
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Drops keys whose value is undefined, so an absent indicator is absent, not `undefined`. */
export function withoutAbsent<T extends object>(value: T): T {
    return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
