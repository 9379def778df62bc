import type { DateValue } from '../model.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * The day number (days since 1970-01-01, UTC) of an ISO `YYYY-MM-DD` date, or undefined when the
 * text is not a real calendar date. UTC keeps whole-day differences free of daylight-saving shifts.
 */
export function dayNumber(iso: string): number | undefined {
    // Workspaces repeat a few hundred dates thousands of times: parse each once.
    const known = DAY_NUMBERS.get(iso);
    if (known !== undefined || DAY_NUMBERS.has(iso)) return known;
    const day = parseDayNumber(iso);
    if (DAY_NUMBERS.size >= MAX_CACHED_DAYS) DAY_NUMBERS.clear();
    DAY_NUMBERS.set(iso, day);
    return day;
}

const DAY_NUMBERS = new Map<string, number | undefined>();
const MAX_CACHED_DAYS = 100_000;

function parseDayNumber(iso: string): number | undefined {
    const match = ISO_DATE.exec(iso);
    if (!match) return undefined;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const time = Date.UTC(year, month - 1, day);
    const back = new Date(time);
    // Date.UTC rolls 2010-02-30 over to March; a round trip exposes that.
    const exact = back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day;
    return exact ? time / MS_PER_DAY : undefined;
}

/** Whether the text is a `YYYY-MM-DD` date on the calendar (2010-02-30 is not): the one date check of svc. */
export function isCalendarDate(iso: string): boolean {
    return dayNumber(iso) !== undefined;
}

/** The `YYYY-MM-DD` of a day number. */
export function isoOfDay(day: number): string {
    return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The day number of a date the parser accepted as valid; undefined when absent or invalid. */
export function dayOf(date: DateValue | undefined): number | undefined {
    return date?.valid ? dayNumber(date.iso) : undefined;
}
