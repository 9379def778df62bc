/** Whole days since 1970-01-01 (UTC) of a `YYYY-MM-DD` date the model marked valid. */
export function dayOf(iso: string): number {
    const [year, month, day] = iso.split('-').map(Number);
    return Date.UTC(year!, month! - 1, day!) / 86_400_000;
}

/** The `YYYY-MM-DD` of a day number. */
export function isoOf(day: number): string {
    return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
