import type { AgilitySample, Change, DateValue, Need } from '@svc-lang/core';
import { describe, labelOf, type Context } from '../context.js';
import { dayOf, isoOf } from '../dates.js';
import type { Mark } from '../marks.js';

/** One need or change on the time line: from raised (or happened) to the first response. */
export interface AgilityRow {
    subject: string;
    /** The subject's package ('' for the root package): rows are grouped by it. */
    package: string;
    kind: 'need' | 'change';
    label: string;
    detail: string;
    tooltip: string[];
    start: number;
    /** The day of the first response; for an open row the agility indicator's asOf (the root package's), or its package's when it has no sample. */
    end?: number;
    /** The response: the alignment and how it was judged (`response-late`). */
    response?: { alignment: string; days: number; mark?: Mark };
    /**
     * The day the first response was decided, when it states one: it splits the delay into
     * planning (start → decided) and delivery (decided → end).
     */
    decided?: number;
    /** raised + maxResponseDays: where the response becomes late. */
    due: number;
    mark?: Mark;
}

export interface AgilityView {
    rows: AgilityRow[];
    subtitle: string;
}

/**
 * Every dated need and change in the scope, grouped by package (the root package first, then by
 * name) and earliest first in each, with the response the agility indicator measured.
 */
export function buildAgilityView(ctx: Context): AgilityView {
    const samples = new Map(ctx.input.indicators.agility.samples.map(sample => [sample.subject, sample]));
    const subjects: Array<[Need | Change, DateValue | undefined]> = [
        ...ctx.drawn('need').map((need): [Need, DateValue | undefined] => [need, need.raised]),
        ...ctx.drawn('change').map((change): [Change, DateValue | undefined] => [change, change.date])
    ];
    const rows = subjects
        .filter(([, date]) => date?.valid === true)
        .map(([subject, date]) => rowOf(ctx, subject, dayOf(date!.iso), samples.get(subject.qualifiedName)))
        .sort((a, b) => (a.package === b.package ? a.start - b.start : a.package < b.package ? -1 : 1));
    return { rows, subtitle: ctx.subtitle(subtitle(ctx)) };
}

function rowOf(ctx: Context, subject: Need | Change, start: number, sample: AgilitySample | undefined): AgilityRow {
    const settings = ctx.settings.forPackage(subject.package);
    const asOf = ctx.asOf(subject.package);
    const end = sample ? dayOf(sample.to) : asOf === undefined ? undefined : Math.max(start, dayOf(asOf));
    const mark = ctx.marks.of(subject.qualifiedName);
    const alignment = sample?.alignment;
    const responseMark = alignment === undefined ? undefined : ctx.marks.link(alignment, subject.qualifiedName);
    const detail = subject.kind === 'need' ? `need · raised ${isoOf(start)}` : `${subject.changeKind ?? 'change'} change · ${isoOf(start)}`;
    return {
        subject: subject.qualifiedName,
        package: subject.package,
        kind: subject.kind,
        label: labelOf(subject),
        detail,
        tooltip: describe(subject),
        start,
        ...(end === undefined ? {} : { end }),
        ...(sample && alignment !== undefined ? { response: { alignment, days: sample.days, ...(responseMark ? { mark: responseMark } : {}) } } : {}),
        ...(sample?.decided === undefined ? {} : { decided: dayOf(sample.decided) }),
        due: start + settings.maxResponseDays,
        ...(mark ? { mark } : {})
    };
}

function subtitle(ctx: Context): string {
    const { overall, asOf, planningMedian, deliveryMedian } = ctx.input.indicators.agility;
    const { count, median, p90, responded, open } = overall;
    if (count === 0) return 'No dated needs or changes yet';
    const split = planningMedian === undefined || deliveryMedian === undefined ? [] : [`median planning ${planningMedian}, delivery ${deliveryMedian} days`];
    return [`Median ${median} days · 90th percentile ${p90} days`, `${responded} responded, ${open} open on ${asOf}`, ...split].join(' · ');
}
