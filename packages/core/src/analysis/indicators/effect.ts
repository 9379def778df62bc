import type { Alignment, Service } from '../../model.js';
import { dayOf } from '../dates.js';
import type { WorkspaceIndex } from '../index.js';
import { isBusinessView } from '../views.js';
import { mean, round, withoutAbsent } from './numbers.js';
import { assessmentTbe } from './tbe.js';
import type { AlignmentEffect, EffectFigures } from './types.js';

function figures(before: number, after: number): EffectFigures {
    return { before, after, effect: round(after - before, 2) };
}

/** What the alignment claims: its `tbe before … after …`, as written. */
export function claimedEffect(alignment: Alignment): EffectFigures | undefined {
    return alignment.tbe && figures(alignment.tbe.before, alignment.tbe.after);
}

/**
 * The services of an alignment (language revision 2): those it `aligns`, then the services of
 * the assessments it `respondsTo`, each once, in that order.
 */
export function alignmentServices(index: WorkspaceIndex, alignment: Alignment): Service[] {
    const services = new Set<Service>();
    for (const clause of alignment.aligns) {
        for (const ref of clause.services) {
            const service = index.resolve(ref, 'service');
            if (service) services.add(service);
        }
    }
    for (const ref of alignment.respondsTo) {
        const service = index.resolve(index.resolve(ref, 'assessment')?.service, 'service');
        if (service) services.add(service);
    }
    return [...services];
}

/** A service's business TBEs over time: the days of its dated assessments with a TBE, earliest first, and their TBEs. */
interface Timeline {
    days: number[];
    tbes: number[];
}

/**
 * Per index, each service's timeline, built once: every alignment of a service looks up its
 * before and after in it by binary search, instead of reading all the service's assessments.
 */
const timelines = new WeakMap<WorkspaceIndex, Map<string, Timeline>>();

/** Business, joint or unattributed assessments only; undated ones are on neither side of any day. */
function timelineOf(index: WorkspaceIndex, service: Service): Timeline {
    let byService = timelines.get(index);
    if (!byService) {
        byService = new Map<string, Timeline>();
        timelines.set(index, byService);
    }
    let timeline = byService.get(service.qualifiedName);
    if (timeline) return timeline;
    timeline = { days: [], tbes: [] };
    const { assessments } = index.views(service.qualifiedName);
    // Latest first, read backwards: earliest first, ties in workspace order.
    for (let i = assessments.length - 1; i >= 0; i--) {
        const { assessment, view } = assessments[i]!;
        const dated = dayOf(assessment.date);
        const { tbe } = assessmentTbe(index, assessment);
        if (dated === undefined || tbe === undefined || !isBusinessView(view)) continue;
        timeline.days.push(dated);
        timeline.tbes.push(tbe);
    }
    byService.set(service.qualifiedName, timeline);
    return timeline;
}

/**
 * The service's business TBE around a day: `before` from its latest business, joint or
 * unattributed assessment with a TBE dated on or before the day (the later declared on a tie),
 * `after` from its earliest such assessment dated after it (the earlier declared on a tie).
 */
function tbeAround(index: WorkspaceIndex, service: Service, day: number): { before?: number; after?: number } {
    const { days, tbes } = timelineOf(index, service);
    // The first entry dated after the day: every entry before it is on or before the day.
    let low = 0;
    let high = days.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (days[middle]! > day) high = middle;
        else low = middle + 1;
    }
    return { before: low > 0 ? tbes[low - 1] : undefined, after: low < days.length ? tbes[low] : undefined };
}

/**
 * What the assessments measure of the alignment's effect: for each of its services with a
 * business TBE on or before `responded` and one after it, those two; the means over those
 * services. Absent when the alignment has no valid `responded` or no service has both. The
 * means are of the TBEs as shown (two decimals), so a reader can redo the sum.
 */
export function measuredEffect(index: WorkspaceIndex, alignment: Alignment): (EffectFigures & { services: string[] }) | undefined {
    const responded = dayOf(alignment.responded);
    if (responded === undefined) return undefined;
    const counted: { service: string; before: number; after: number }[] = [];
    for (const service of alignmentServices(index, alignment)) {
        const { before, after } = tbeAround(index, service, responded);
        if (before !== undefined && after !== undefined) counted.push({ service: service.qualifiedName, before, after });
    }
    const [before, after] = [mean(counted.map(entry => entry.before)), mean(counted.map(entry => entry.after))];
    if (before === undefined || after === undefined) return undefined;
    return { ...figures(round(before, 2), round(after, 2)), services: counted.map(entry => entry.service) };
}

/** Each alignment with a claimed or a measured effect, in workspace order. */
export function alignmentEffects(index: WorkspaceIndex): AlignmentEffect[] {
    return index.all('alignment').flatMap(alignment => {
        const [claimed, measured] = [claimedEffect(alignment), measuredEffect(index, alignment)];
        return claimed || measured ? [withoutAbsent<AlignmentEffect>({ alignment: alignment.qualifiedName, claimed, measured })] : [];
    });
}
