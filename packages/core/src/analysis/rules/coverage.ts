import type { RawFinding } from '../../findings.js';
import { dayNumber, dayOf } from '../dates.js';
import type { WorkspaceIndex } from '../index.js';
import { maybeMeant } from '../unresolved.js';
import type { Settings } from '../policy.js';
import { answerersOf, firstResponse, triggerDate, type Trigger } from '../responses.js';
import { describe, finding, listing, mention } from './shared.js';

/** A need that an unresolved `addresses` or `aligns` may have meant is left to `unresolved-reference`. */
export function needUncovered(index: WorkspaceIndex): RawFinding[] {
    const meant = maybeMeant(index);
    return index
        .all('need')
        .filter(need => index.coveringServices(need.qualifiedName).length === 0 && !meant.has(need.qualifiedName))
        .map(need => finding('need-uncovered', need, need.nameLocation, `${describe(need)} is not covered by any service`));
}

/**
 * A trigger older than maxResponseDays at `asOf` that nothing has yet responded to (language
 * revision 2): planned alignments, and responses dated after asOf, do not answer it. Named in the
 * message, since the finding stays while they are only planned.
 */
function staleTriggers(index: WorkspaceIndex, settings: Settings, triggers: readonly Trigger[]): { trigger: Trigger; message: string }[] {
    const stale: { trigger: Trigger; message: string }[] = [];
    for (const trigger of triggers) {
        const date = triggerDate(trigger);
        const day = dayOf(date);
        if (day === undefined || !date) continue;
        const { asOf, maxResponseDays } = settings.forPackage(trigger.package);
        const now = dayNumber(asOf);
        if (now === undefined || now - day <= maxResponseDays || firstResponse(index, trigger, asOf)) continue;
        const waiting = answerersOf(index, trigger);
        const pending = waiting.length === 0 ? '' : `; ${listing(waiting.map(mention))} ${waiting.length === 1 ? 'has' : 'have'} not responded by ${asOf}`;
        const happened = trigger.kind === 'need' ? 'was raised' : 'happened';
        const message =
            `${describe(trigger)} ${happened} on ${date.iso}, ${now - day} days before ${asOf}, ` +
            `and no alignment has responded to it${pending} (${settings.explain(trigger.package, 'maxResponseDays')}; ${settings.explain(trigger.package, 'asOf')})`;
        stale.push({ trigger, message });
    }
    return stale;
}

export function needStale(index: WorkspaceIndex, settings: Settings): RawFinding[] {
    return staleTriggers(index, settings, index.all('need')).map(({ trigger, message }) => finding('need-stale', trigger, trigger.nameLocation, message));
}

/** Only a change some alignment responds to: one that none does is `change-unanswered`, an error already. */
export function changeStale(index: WorkspaceIndex, settings: Settings): RawFinding[] {
    const answered = index.all('change').filter(change => index.respondersTo(change.qualifiedName).length > 0);
    return staleTriggers(index, settings, answered).map(({ trigger, message }) => finding('change-stale', trigger, trigger.nameLocation, message));
}

export function gapUnanswered(index: WorkspaceIndex): RawFinding[] {
    return index
        .all('gap')
        .filter(gap => index.respondersTo(gap.qualifiedName).length === 0)
        .map(gap => finding('gap-unanswered', gap, gap.nameLocation, `${describe(gap)} is not answered: no alignment responds to it`));
}

export function changeUnanswered(index: WorkspaceIndex): RawFinding[] {
    return index
        .all('change')
        .filter(change => index.respondersTo(change.qualifiedName).length === 0)
        .map(change => finding('change-unanswered', change, change.nameLocation, `${describe(change)} is not answered: no alignment responds to it`));
}

/** Only references that resolve to a need link a change; an unresolved one is reported as such. */
export function changeUnlinked(index: WorkspaceIndex): RawFinding[] {
    return index
        .all('change')
        .filter(change => !change.affects.some(ref => index.resolve(ref, 'need')))
        .map(change => finding('change-unlinked', change, change.nameLocation, `${describe(change)} affects no need`));
}
