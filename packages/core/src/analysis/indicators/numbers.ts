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
    const present: Record<string, unknown> = {};
    for (const key in value) {
        const entry = value[key];
        if (entry !== undefined) present[key] = entry;
    }
    return present as T;
}

/**
 * An object whose fields are computed when first read, then kept as plain data properties. Its
 * keys are enumerable from the start, so spreading it, JSON and deep equality see every field
 * (computing each as they read it).
 */
export function lazyFields<T extends object>(compute: { [K in keyof T]: () => T[K] }): T {
    const fields = {} as T;
    for (const key of Object.keys(compute) as (keyof T & string)[]) {
        const settle = (value: unknown) => Object.defineProperty(fields, key, { value, enumerable: true, configurable: true, writable: true });
        Object.defineProperty(fields, key, {
            enumerable: true,
            configurable: true,
            get() {
                const value = compute[key]();
                settle(value);
                return value;
            },
            set: settle
        });
    }
    return fields;
}
