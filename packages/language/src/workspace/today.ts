/** Today's date as `YYYY-MM-DD` in UTC: the default `asOf` when no policy sets one. */
export function todayIso(now: Date = new Date()): string {
    return now.toISOString().slice(0, 10);
}
