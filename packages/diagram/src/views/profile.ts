import type { Assessment, Need, PropertyScore, Score, SemGaps, Service, SourceLocation, Spec } from '@svc-lang/core';
import type { Context } from '../context.js';
import type { Mark } from '../marks.js';
import { LEVEL_LABELS } from '../levels.js';
import { signed } from '../numbers.js';

/** `experienced` is the business experience; `it-view` IT's own (or joint) score, drawn beside it to show the perception gap. */
export const SERIES = ['requires', 'expects', 'commits', 'experienced', 'it-view'] as const;
export type Series = (typeof SERIES)[number];

/** One value on one axis, and the declaration it comes from. */
export interface ProfilePoint {
    value: number;
    source: string;
    tooltip: string;
    mark?: Mark;
}

export interface ProfileAxis {
    property: string;
    label: string;
    points: Partial<Record<Series, ProfilePoint>>;
}

export interface ProfileView {
    service: string;
    subtitle: string;
    axes: ProfileAxis[];
}

/**
 * The experience profile of one service: one axis per property it has any value for, with the
 * strongest requirement, expectation and commitment, the business experience (the inputs of the
 * SEM gaps) and IT's view. A point is marked when a rule flags that very entry.
 */
export function buildProfileView(ctx: Context, service: Service): ProfileView {
    const rows = ctx.input.indicators.sem.filter(row => row.service === service.qualifiedName);
    return { service: service.qualifiedName, subtitle: serviceSubtitle(service), axes: rows.map(row => axisOf(ctx, service, row)) };
}

function axisOf(ctx: Context, service: Service, row: SemGaps): ProfileAxis {
    const peaks = ctx.index.profile(service);
    const points: ProfileAxis['points'] = {};
    const need = (peak: { source: Need } | undefined, series: 'requires' | 'expects') =>
        peak && point(ctx, row[series]!, peak.source, peak.source[series], row.property, `${series} ${row[series]} (need ${peak.source.qualifiedName})`);
    points.requires = need(peaks.requires.get(row.property), 'requires');
    points.expects = need(peaks.expects.get(row.property), 'expects');
    const spec = peaks.commits.get(row.property)?.source;
    points.commits = spec && point(ctx, row.commits!, spec, spec.commits, row.property, `commits ${row.commits} (spec ${spec.qualifiedName})`);
    const assessment = assessmentNamed(ctx, row.assessment);
    points.experienced =
        assessment &&
        point(ctx, row.experienced!, assessment, assessment.scores, row.property, scoreText('experienced (business)', row.experienced!, assessment));
    const it = assessmentNamed(ctx, row.itAssessment);
    const pg = row.pg === undefined ? '' : `; PG ${signed(row.pg)}`;
    points['it-view'] = it && point(ctx, row.itView!, it, it.scores, row.property, `${scoreText('IT view', row.itView!, it)}${pg}`);
    return { property: row.property, label: propertyName(ctx, row.property), points: withoutAbsent(points) };
}

function point(
    ctx: Context,
    value: number,
    source: Need | Spec | Assessment,
    entries: readonly (PropertyScore | Score)[],
    property: string,
    tooltip: string
): ProfilePoint {
    const mark = ctx.marks.within(source.qualifiedName, entriesFor(ctx, entries, property));
    return { value, source: source.qualifiedName, tooltip, ...(mark ? { mark } : {}) };
}

/** Where the entries for one property stand in a map (`requires`, `commits`, the scores). */
export function entriesFor(ctx: Context, entries: readonly (PropertyScore | Score)[], property: string): SourceLocation[] {
    return entries.filter(entry => ctx.index.resolve(entry.property, 'property')?.qualifiedName === property).map(entry => entry.location);
}

/** The assessment a view's score was read from (the SEM row names it). */
export function assessmentNamed(ctx: Context, name: string | undefined): Assessment | undefined {
    return name === undefined ? undefined : ctx.index.named(name).find((d): d is Assessment => d.kind === 'assessment');
}

function scoreText(label: string, value: number, assessment: Assessment): string {
    const date = assessment.date ? `, ${assessment.date.iso}` : '';
    return `${label} ${value} (assessment ${assessment.qualifiedName}${date})`;
}

export function propertyName(ctx: Context, property: string): string {
    return ctx.index.named(property).find(d => d.kind === 'property')?.name ?? property;
}

export function serviceSubtitle(service: Service): string {
    return [`service ${service.qualifiedName}`, ...(service.level ? [LEVEL_LABELS[service.level]] : [])].join(' · ');
}

function withoutAbsent<T extends object>(record: T): T {
    return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
