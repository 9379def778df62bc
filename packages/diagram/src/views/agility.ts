import type { AgilitySample, Change, DateValue, Need } from '@svc/core';
import { describe, labelOf, type Context } from '../context.js';
import { dayOf, isoOf } from '../dates.js';
import type { Mark } from '../marks.js';

/** One need or change on the time line: from raised (or happened) to the first response. */
export interface AgilityRow {
    subject: string;
    kind: 'need' | 'change';
    label: string;
    detail: string;
    tooltip: string[];
    start: number;
    /** The day of the first response, or for an open row the `asOf` of its package (when known). */
    end?: number;
    /** The response: the alignment and how it was judged (`response-late`). */
    response?: { alignment: string; days: number; mark?: Mark };
    /** raised + maxResponseDays: where the response becomes late. */
    due: number;
    mark?: Mark;
}

export interface AgilityView {
    rows: AgilityRow[];
    subtitle: string;
}

/** Every dated need and change, earliest first, with the response the agility indicator measured. */
export function buildAgilityView(ctx: Context): AgilityView {
    const samples = new Map<string, AgilitySample>();
    for (const sample of ctx.input.indicators.agility.samples) {
        const known = samples.get(sample.subject);
        if (!known || sample.to < known.to) samples.set(sample.subject, sample);
    }
    const subjects: Array<[Need | Change, DateValue | undefined]> = [
        ...ctx.index.all('need').map((need): [Need, DateValue | undefined] => [need, need.raised]),
        ...ctx.index.all('change').map((change): [Change, DateValue | undefined] => [change, change.date])
    ];
    const rows = subjects
        .filter(([, date]) => date?.valid === true)
        .map(([subject, date]) => rowOf(ctx, subject, dayOf(date!.iso), samples.get(subject.qualifiedName)))
        .sort((a, b) => a.start - b.start);
    return { rows, subtitle: subtitle(ctx) };
}

function rowOf(ctx: Context, subject: Need | Change, start: number, sample: AgilitySample | undefined): AgilityRow {
    const settings = ctx.settings.forPackage(subject.package);
    const asOf = ctx.asOf(subject.package);
    const end = sample ? dayOf(sample.to) : asOf === undefined ? undefined : Math.max(start, dayOf(asOf));
    const mark = ctx.marks.of(subject.qualifiedName);
    const responseMark = sample && ctx.marks.link(sample.alignment, subject.qualifiedName);
    const detail = subject.kind === 'need' ? `need · raised ${isoOf(start)}` : `${subject.changeKind ?? 'change'} change · ${isoOf(start)}`;
    return {
        subject: subject.qualifiedName,
        kind: subject.kind,
        label: labelOf(subject),
        detail,
        tooltip: describe(subject),
        start,
        ...(end === undefined ? {} : { end }),
        ...(sample ? { response: { alignment: sample.alignment, days: sample.days, ...(responseMark ? { mark: responseMark } : {}) } } : {}),
        due: start + settings.maxResponseDays,
        ...(mark ? { mark } : {})
    };
}

function subtitle(ctx: Context): string {
    const { count, median, p90 } = ctx.input.indicators.agility.overall;
    if (count === 0) return 'No responses recorded yet';
    return `Median ${median} days · 90th percentile ${p90} days · ${count} response${count === 1 ? '' : 's'}`;
}
