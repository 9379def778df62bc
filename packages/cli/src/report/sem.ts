import { simpleName, type Indicators } from '@svc-lang/core';
import { signed } from '@svc-lang/diagram';
import type { IndicatorSection } from '../format/indicators.js';

type SemRow = Indicators['sem'][number];

const COLUMNS = ['Property', 'NS need → spec', 'ES expectation → spec', 'SX spec → experience', 'EX expectation → experience', 'NX need → experience'];

/**
 * SEM gaps, one table per service: what the text report leaves to the json one, but what a
 * reader of a document wants beside the gap charts. Properties with no gap to show (a single
 * value has nothing to be compared with) are named below the table rather than filling it with
 * dashes, as the gap chart does.
 */
export function semSections(indicators: Indicators, label: (service: string) => string): IndicatorSection[] {
    const services = [...new Set(indicators.sem.map(row => row.service))];
    return services.map(service => {
        const rows = indicators.sem.filter(row => row.service === service);
        const shown = rows.filter(hasGap);
        const alone = rows.filter(row => !hasGap(row)).map(row => simpleName(row.property));
        return {
            heading: `${label(service)}: SEM gaps (points; negative = shortfall)`,
            columns: COLUMNS,
            rows: shown.map(semRow),
            none: 'no property has two values to compare',
            ...(alone.length > 0 ? { note: `Nothing to compare for ${alone.join(', ')}.` } : {})
        };
    });
}

function hasGap(row: SemRow): boolean {
    return [row.ns, row.es, row.sx, row.ex, row.nx].some(gap => gap !== undefined);
}

function semRow(row: SemRow): string[] {
    return [simpleName(row.property), ...[row.ns, row.es, row.sx, row.ex, row.nx].map(signedOrDash)];
}

/** Gaps carry their sign (a true minus, as in the diagrams), so a surplus and a shortfall of the same size read differently. */
function signedOrDash(value: number | undefined): string {
    return value === undefined ? '—' : signed(value);
}
