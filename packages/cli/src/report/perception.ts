import { simpleName, type Indicators } from '@svc-lang/core';
import { signed } from '@svc-lang/diagram';

/** A few paragraphs of plain words: what the perception gap is, where it is largest, why it matters. */
export interface ProseSection {
    heading: string;
    paragraphs: string[];
}

/** How many of the largest gaps the report names; the table below lists every one. */
const NAMED = 3;

/**
 * The perception gap for readers who do not read the tables: IT's view of a service is not the
 * business's experience of it. Names the largest positive gaps, per service and property and
 * on the whole service (TBE), from the indicators; says so when none can be measured.
 */
export function perceptionGapSection(indicators: Indicators, label: (service: string) => string): ProseSection {
    return {
        heading: "The perception gap: IT's view against the business's experience",
        paragraphs: [
            "IT's view of a service is not the business's experience of it. For every property that both sides have scored, the perception gap " +
                "is IT's score (from IT's own or from joint assessments) minus the business's score (from business, joint or unattributed " +
                'assessments), in points. A positive gap means IT rates the service higher than the business experiences it.',
            findings(indicators, label),
            'Why it matters: a department that judges itself by its own scores can report success while the business goes without, and it ' +
                'spends its effort on what it believes is weak rather than on what the business finds weak. Scoring services together with ' +
                "the business, and acting on the business's scores, is how the gap closes."
        ]
    };
}

function findings({ sem, tbeByService }: Indicators, label: (service: string) => string): string {
    const measured = sem.filter(row => row.pg !== undefined);
    if (measured.length === 0) {
        return 'No property of any service has both an IT score and a business score yet, so the gap cannot be measured: assess each service with the business, not only within IT.';
    }
    const properties = largest(measured, row => row.pg!).map(
        row => `${label(row.service)}, ${simpleName(row.property)}: IT ${row.itView}, business ${row.experienced} (${signed(row.pg!)})`
    );
    if (properties.length === 0) {
        return `Of the ${measured.length === 1 ? 'one property' : `${measured.length} properties`} scored by both, IT rates none above what the business experiences.`;
    }
    const services = largest(tbeByService, entry => entry.pg ?? 0).map(
        entry => `${label(entry.service)}: IT ${entry.itTbe}, business ${entry.tbe} (${signed(entry.pg!)})`
    );
    return [`The largest gaps: ${properties.join('; ')}.`, ...(services.length > 0 ? [`On the whole service (TBE): ${services.join('; ')}.`] : [])].join(' ');
}

/** The entries with a positive gap, largest first (the earlier on a tie), at most NAMED of them. */
function largest<T>(entries: readonly T[], gap: (entry: T) => number): T[] {
    return entries
        .filter(entry => gap(entry) > 0)
        .map((entry, order) => ({ entry, order }))
        .sort((a, b) => gap(b.entry) - gap(a.entry) || a.order - b.order)
        .slice(0, NAMED)
        .map(({ entry }) => entry);
}
