import type { RawFinding } from '../../findings.js';
import { dayNumber, dayOf } from '../dates.js';
import type { WorkspaceIndex } from '../index.js';
import type { Settings } from '../policy.js';
import { describe, finding } from './shared.js';

export function needUncovered(index: WorkspaceIndex): RawFinding[] {
    return index
        .all('need')
        .filter(need => index.coveringServices(need.qualifiedName).length === 0)
        .map(need => finding('need-uncovered', need, need.nameLocation, `${describe(need)} is not covered by any service`));
}

export function needStale(index: WorkspaceIndex, settings: Settings): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const need of index.all('need')) {
        const raised = dayOf(need.raised);
        if (raised === undefined || index.isAligned(need.qualifiedName)) continue;
        const { asOf, maxResponseDays } = settings.forPackage(need.package);
        const now = dayNumber(asOf);
        if (now === undefined || now - raised <= maxResponseDays) continue;
        const message =
            `${describe(need)} was raised on ${need.raised?.iso}, ${now - raised} days before ${asOf}, ` +
            `and no alignment aligns it (maxResponseDays ${maxResponseDays})`;
        findings.push(finding('need-stale', need, need.nameLocation, message));
    }
    return findings;
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
        .map(change =>
            finding('change-unanswered', change, change.nameLocation, `${describe(change)} is not answered: no alignment responds to it`)
        );
}

/** Only references that resolve to a need link a change; an unresolved one is reported as such. */
export function changeUnlinked(index: WorkspaceIndex): RawFinding[] {
    return index
        .all('change')
        .filter(change => !change.affects.some(ref => index.resolve(ref, 'need')))
        .map(change => finding('change-unlinked', change, change.nameLocation, `${describe(change)} affects no need`));
}
