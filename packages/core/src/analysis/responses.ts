import type { Alignment, Change, DateValue, Need } from '../model.js';
import { dayNumber, dayOf } from './dates.js';
import type { WorkspaceIndex } from './index.js';

/** What agility measures the delay from (language revision 2): a need is raised, a change happens. */
export type Trigger = Need | Change;

/** The day a trigger counts from: a need's `raised`, a change's `date`. */
export function triggerDate(trigger: Trigger): DateValue | undefined {
    return trigger.kind === 'need' ? trigger.raised : trigger.date;
}

/**
 * The alignments that answer a trigger, planned ones included, in workspace order: for a need,
 * those that `aligns` it or `respondsTo` a gap on it; for a change, those that `respondsTo` it.
 * Only the declaration that references to its name resolve to is answered (the first of a name
 * declared twice). Read through the index's look-ups, so that a document's view records them.
 */
export function answerersOf(index: WorkspaceIndex, trigger: Trigger): readonly Alignment[] {
    if (index.declared(trigger.qualifiedName, trigger.kind) !== trigger) return [];
    const answerers = new Set<Alignment>(trigger.kind === 'need' ? index.alignersOf(trigger.qualifiedName) : []);
    const named = trigger.kind === 'need' ? index.gapsOn(trigger.qualifiedName).map(gap => gap.qualifiedName) : [trigger.qualifiedName];
    for (const name of named) for (const alignment of index.respondersTo(name)) answerers.add(alignment);
    return answerers.size < 2 ? [...answerers] : [...answerers].sort((a, b) => index.position(a) - index.position(b));
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
