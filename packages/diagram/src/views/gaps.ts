import type { RuleId, SemGaps, Service } from '@svc-lang/core';
import type { Context } from '../context.js';
import type { Mark } from '../marks.js';
import { signed } from '../numbers.js';
import { assessmentNamed, entriesFor, propertyName, serviceSubtitle } from './profile.js';

type GapKey = 'ns' | 'es' | 'sx' | 'ex' | 'nx' | 'pg';

/**
 * Which side of zero is the problem: a shortfall for the five SEM gaps; for the perception gap
 * alone, an excess (IT rating the service above what the business experiences).
 */
export type ProblemSide = 'shortfall' | 'excess';

/**
 * The five SEM gaps and the perception gap, each `to − from`, with the rule that fires when it
 * lies on its problem side beyond the tolerance.
 */
export const GAP_KINDS: ReadonlyArray<{
    key: GapKey;
    code: string;
    label: string;
    rule: RuleId;
    from: keyof SemGaps;
    to: keyof SemGaps;
    problem: ProblemSide;
}> = [
    { key: 'ns', code: 'NS', label: 'need → spec', rule: 'spec-below-need', from: 'requires', to: 'commits', problem: 'shortfall' },
    { key: 'es', code: 'ES', label: 'expectation → spec', rule: 'spec-below-expectation', from: 'expects', to: 'commits', problem: 'shortfall' },
    { key: 'sx', code: 'SX', label: 'spec → experience', rule: 'experience-below-spec', from: 'commits', to: 'experienced', problem: 'shortfall' },
    {
        key: 'ex',
        code: 'EX',
        label: 'expectation → experience',
        rule: 'experience-below-expectation',
        from: 'expects',
        to: 'experienced',
        problem: 'shortfall'
    },
    { key: 'nx', code: 'NX', label: 'need → experience', rule: 'experience-below-need', from: 'requires', to: 'experienced', problem: 'shortfall' },
    { key: 'pg', code: 'PG', label: 'business → IT view', rule: 'perception-gap', from: 'experienced', to: 'itView', problem: 'excess' }
];

export interface GapBar {
    code: string;
    label: string;
    problem: ProblemSide;
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
        groups: compared.map(row => ({
            property: row.property,
            label: propertyName(ctx, row.property),
            bars: GAP_KINDS.map(kind => barOf(ctx, service, row, kind))
        })),
        without: rows.filter(row => !compared.includes(row)).map(row => propertyName(ctx, row.property))
    };
}

/** What the perception gap's tooltip adds: which side is the problem, for this row alone. */
const PG_NOTE = "positive: IT rates the service above the business's experience";

function barOf(ctx: Context, service: Service, row: SemGaps, kind: (typeof GAP_KINDS)[number]): GapBar {
    const value = row[kind.key];
    const head = `${kind.code} ${kind.label}`;
    const base = { code: kind.code, label: kind.label, problem: kind.problem };
    if (value === undefined) return { ...base, tooltip: `${head}: no ${row[kind.from] === undefined ? kind.from : kind.to} value` };
    const note = kind.problem === 'excess' ? ` (${PG_NOTE})` : '';
    const tooltip = `${head}: ${kind.to} ${row[kind.to]} − ${kind.from} ${row[kind.from]} = ${signed(value)}${note}`;
    // The later input's declaration: the spec, the business-experience assessment, or (PG) IT's.
    const source = kind.to === 'commits' ? specOf(ctx, service, row.property) : assessmentNamed(ctx, kind.to === 'itView' ? row.itAssessment : row.assessment);
    const mark =
        source && ctx.marks.within(source.qualifiedName, entriesFor(ctx, 'commits' in source ? source.commits : source.scores, row.property), [kind.rule]);
    return { ...base, value, tooltip, ...(source ? { source: source.qualifiedName } : {}), ...(mark ? { mark } : {}) };
}

function specOf(ctx: Context, service: Service, property: string) {
    return ctx.index.profile(service).commits.get(property)?.source;
}
