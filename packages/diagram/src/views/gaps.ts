import type { SemGaps, Service } from '@svc/core';
import type { Context } from '../context.js';
import type { Mark } from '../marks.js';
import { entriesFor, experiencedIn, propertyName, serviceSubtitle } from './profile.js';

type GapKey = 'ns' | 'es' | 'sx' | 'ex' | 'nx';

/** The five SEM gaps, with the rule that fires when each falls short beyond the tolerance. */
export const GAP_KINDS: ReadonlyArray<{ key: GapKey; code: string; label: string; rule: string; from: keyof SemGaps; to: keyof SemGaps }> = [
    { key: 'ns', code: 'NS', label: 'need → spec', rule: 'spec-below-need', from: 'requires', to: 'commits' },
    { key: 'es', code: 'ES', label: 'expectation → spec', rule: 'spec-below-expectation', from: 'expects', to: 'commits' },
    { key: 'sx', code: 'SX', label: 'spec → experience', rule: 'experience-below-spec', from: 'commits', to: 'experienced' },
    { key: 'ex', code: 'EX', label: 'expectation → experience', rule: 'experience-below-expectation', from: 'expects', to: 'experienced' },
    { key: 'nx', code: 'NX', label: 'need → experience', rule: 'experience-below-need', from: 'requires', to: 'experienced' }
];

export interface GapBar {
    code: string;
    label: string;
    /** Absent when either input is. */
    value?: number;
    /** The declaration the later input comes from: the spec or the assessment. */
    source?: string;
    tooltip: string;
    mark?: Mark;
}

export interface GapGroup {
    property: string;
    label: string;
    bars: GapBar[];
}

export interface GapsView {
    service: string;
    subtitle: string;
    tolerance: number;
    /** Properties with at least one gap. */
    groups: GapGroup[];
    /** Properties with values but nothing to compare them with. */
    without: string[];
}

/** The SEM gaps of one service, per property, as the indicators computed them. */
export function buildGapsView(ctx: Context, service: Service): GapsView {
    const rows = ctx.input.indicators.sem.filter(row => row.service === service.qualifiedName);
    const compared = rows.filter(row => GAP_KINDS.some(kind => row[kind.key] !== undefined));
    return {
        service: service.qualifiedName,
        subtitle: serviceSubtitle(service),
        tolerance: ctx.settings.forPackage(service.package).tolerance,
        groups: compared.map(row => ({ property: row.property, label: propertyName(ctx, row.property), bars: GAP_KINDS.map(kind => barOf(ctx, service, row, kind)) })),
        without: rows.filter(row => !compared.includes(row)).map(row => propertyName(ctx, row.property))
    };
}

function barOf(ctx: Context, service: Service, row: SemGaps, kind: (typeof GAP_KINDS)[number]): GapBar {
    const value = row[kind.key];
    const head = `${kind.code} ${kind.label}`;
    if (value === undefined) return { code: kind.code, label: kind.label, tooltip: `${head}: no ${row[kind.from] === undefined ? kind.from : kind.to} value` };
    const tooltip = `${head}: ${kind.to} ${row[kind.to]} − ${kind.from} ${row[kind.from]} = ${signed(value)}`;
    const source = kind.to === 'commits' ? specOf(ctx, service, row.property) : experiencedIn(ctx, row);
    const mark = source && ctx.marks.within(source.qualifiedName, entriesFor(ctx, 'commits' in source ? source.commits : source.scores, row.property), [kind.rule]);
    return { code: kind.code, label: kind.label, value, tooltip, ...(source ? { source: source.qualifiedName } : {}), ...(mark ? { mark } : {}) };
}

function specOf(ctx: Context, service: Service, property: string) {
    return ctx.index.profile(service).commits.get(property)?.source;
}

/** A gap as a reader writes it: +5, −20 (a true minus sign), 0. */
export function signed(value: number): string {
    return value > 0 ? `+${value}` : value < 0 ? `\u2212${-value}` : '0';
}
