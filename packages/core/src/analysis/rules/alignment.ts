import type { RawFinding } from '../../findings.js';
import type { Alignment, DateValue, Perspective } from '../../model.js';
import { dayOf } from '../dates.js';
import type { WorkspaceIndex } from '../index.js';
import type { Settings } from '../policy.js';
import { describe, finding, listing, mention } from './shared.js';

export function alignmentIncomplete(index: WorkspaceIndex): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const alignment of index.all('alignment')) {
        const missing = (['governance', 'risk', 'resources'] as const).filter(part => alignment[part] === undefined);
        if (missing.length === 0) continue;
        findings.push(finding('alignment-incomplete', alignment, alignment.nameLocation, `${describe(alignment)} lacks ${listing(missing)}`));
    }
    return findings;
}

/** Accountable means a resolved stakeholder with a perspective, business or IT. */
const PERSPECTIVES: readonly Perspective[] = ['business', 'it'];

export function alignmentUnaccountable(index: WorkspaceIndex): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const alignment of index.all('alignment')) {
        const governance = alignment.governance;
        if (!governance) continue;
        // Alignment is shared between business and IT: each side must have someone accountable.
        const present = new Set(governance.accountable.map(ref => index.resolve(ref, 'stakeholder')?.perspective));
        const missing = PERSPECTIVES.filter(perspective => !present.has(perspective));
        if (missing.length === 0) continue;
        const lacking = missing.length === 2 ? 'no accountable stakeholder' : `no accountable ${missing[0] === 'it' ? 'IT' : 'business'} stakeholder`;
        findings.push(finding('alignment-unaccountable', alignment, governance.keywordLocation, `The governance of ${mention(alignment)} names ${lacking}`));
    }
    return findings;
}

export function alignmentUnmeasured(index: WorkspaceIndex): RawFinding[] {
    return index
        .all('alignment')
        .filter(alignment => alignment.tbe === undefined)
        .map(alignment =>
            finding('alignment-unmeasured', alignment, alignment.nameLocation, `${describe(alignment)} records no tbe before … after …`)
        );
}

/** A dated event an alignment responds to; `text` describes it, built only for a finding. */
interface Trigger {
    day: number;
    iso: string;
    text: () => string;
}

/** Every dated trigger: aligned needs raised, changes and assessments responded to, needs of gaps responded to. */
function triggers(index: WorkspaceIndex, alignment: Alignment): Trigger[] {
    const found: Trigger[] = [];
    const add = (date: DateValue | undefined, text: (iso: string) => string) => {
        const day = dayOf(date);
        if (day !== undefined && date) found.push({ day, iso: date.iso, text: () => text(date.iso) });
    };
    for (const clause of alignment.aligns) {
        const need = index.resolve(clause.need, 'need');
        if (need) add(need.raised, iso => `${mention(need)} was raised on ${iso}`);
    }
    for (const ref of alignment.respondsTo) {
        const change = index.resolve(ref, 'change');
        if (change) add(change.date, iso => `${mention(change)} on ${iso}`);
        const assessment = index.resolve(ref, 'assessment');
        if (assessment) add(assessment.date, iso => `${mention(assessment)} on ${iso}`);
        const gap = index.resolve(ref, 'gap');
        const need = gap && index.resolve(gap.need, 'need');
        if (gap && need) add(need.raised, iso => `${mention(need)} of ${mention(gap)} was raised on ${iso}`);
    }
    return found;
}

function earliestTrigger(index: WorkspaceIndex, alignment: Alignment): Trigger | undefined {
    return triggers(index, alignment).reduce<Trigger | undefined>((a, b) => (a && a.day <= b.day ? a : b), undefined);
}

/** How long an alignment took to respond: from its earliest dated trigger to `responded`. */
export interface ResponseDelay {
    from: string;
    to: string;
    days: number;
}

/** The delay `response-late` judges, for the editor's hover; absent without both dates. */
export function responseDelay(index: WorkspaceIndex, alignment: Alignment): ResponseDelay | undefined {
    const responded = dayOf(alignment.responded);
    const earliest = earliestTrigger(index, alignment);
    if (responded === undefined || !alignment.responded || !earliest) return undefined;
    return { from: earliest.iso, to: alignment.responded.iso, days: responded - earliest.day };
}

export function responseLate(index: WorkspaceIndex, settings: Settings): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const alignment of index.all('alignment')) {
        const responded = dayOf(alignment.responded);
        if (responded === undefined || !alignment.responded) continue;
        const earliest = earliestTrigger(index, alignment);
        const { maxResponseDays } = settings.forPackage(alignment.package);
        if (!earliest || responded - earliest.day <= maxResponseDays) continue;
        const message =
            `${describe(alignment)} responded on ${alignment.responded.iso}, ${responded - earliest.day} days after ` +
            `${earliest.text()} (maxResponseDays ${maxResponseDays})`;
        findings.push(finding('response-late', alignment, alignment.responded.location, message));
    }
    return findings;
}
