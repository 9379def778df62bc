import type { Alignment, Change, DateValue, Need } from '../model.js';
import { dayNumber, dayOf } from './dates.js';
import type { WorkspaceIndex } from './index.js';

/** What agility measures the delay from (language revision 2): a need is raised, a change happens. */
export type Trigger = Need | Change;

/** The day a trigger counts from: a need's `raised`, a change's `date`. */
export function triggerDate(trigger: Trigger): DateValue | undefined {
    return trigger.kind === 'need' ? trigger.raised : trigger.date;
}

/** Answerers per trigger, built once per index: rules ask per trigger, and a scan each time would be quadratic. */
const answerersByIndex = new WeakMap<WorkspaceIndex, Map<Trigger, Alignment[]>>();

function buildAnswerers(index: WorkspaceIndex): Map<Trigger, Alignment[]> {
    const answerers = new Map<Trigger, Set<Alignment>>();
    const add = (trigger: Trigger | undefined, alignment: Alignment) => {
        if (!trigger) return;
        const set = answerers.get(trigger) ?? new Set<Alignment>();
        set.add(alignment);
        answerers.set(trigger, set);
    };
    for (const alignment of index.all('alignment')) {
        for (const clause of alignment.aligns) add(index.resolve(clause.need, 'need'), alignment);
        for (const ref of alignment.respondsTo) {
            add(index.resolve(ref, 'change'), alignment);
            add(index.resolve(index.resolve(ref, 'gap')?.need, 'need'), alignment);
        }
    }
    return new Map([...answerers].map(([trigger, set]) => [trigger, [...set]]));
}

/**
 * The alignments that answer a trigger, planned ones included, in workspace order: for a need,
 * those that `aligns` it or `respondsTo` a gap on it; for a change, those that `respondsTo` it.
 */
export function answerersOf(index: WorkspaceIndex, trigger: Trigger): readonly Alignment[] {
    let answerers = answerersByIndex.get(index);
    if (!answerers) {
        answerers = buildAnswerers(index);
        answerersByIndex.set(index, answerers);
    }
    return answerers.get(trigger) ?? [];
}

/**
 * The day the alignment responded, when it is a response as of `asOf` (a day number): a valid
 * `responded` on or before it. An alignment with only `decided` is planned, not a response.
 */
export function respondedDay(alignment: Alignment, asOf: number): number | undefined {
    const day = dayOf(alignment.responded);
    return day !== undefined && day <= asOf ? day : undefined;
}

/**
 * The trigger's first response as of `asOf` (`YYYY-MM-DD`): the answering alignment with the
 * earliest `responded` on or before asOf, the first in workspace order on a tie. Absent while
 * the trigger is open. Later responses re-align an answered trigger; no delay is read from them.
 */
export function firstResponse(index: WorkspaceIndex, trigger: Trigger, asOf: string): Alignment | undefined {
    const asOfDay = dayNumber(asOf);
    if (asOfDay === undefined) return undefined;
    let first: { alignment: Alignment; day: number } | undefined;
    for (const alignment of answerersOf(index, trigger)) {
        const day = respondedDay(alignment, asOfDay);
        if (day !== undefined && (!first || day < first.day)) first = { alignment, day };
    }
    return first?.alignment;
}
