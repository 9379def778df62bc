import { dayNumber } from '@svc-lang/core';

/** Whole days since 1970-01-01 (UTC) of a `YYYY-MM-DD` date the model marked valid. */
export function dayOf(iso: string): number {
    // The model only hands valid dates to the views; 0 keeps a broken one on the chart rather than NaN.
    return dayNumber(iso) ?? 0;
}

export { isoOfDay as isoOf } from '@svc-lang/core';
