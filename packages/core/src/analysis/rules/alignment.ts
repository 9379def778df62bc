import type { RawFinding } from '../../findings.js';
import type { Alignment, Assessment, DateValue, Perspective } from '../../model.js';
import { dayNumber, dayOf } from '../dates.js';
import type { WorkspaceIndex } from '../index.js';
import { measuredEffect } from '../indicators/effect.js';
import type { Settings } from '../policy.js';
import { firstResponse, respondedDay, type Trigger } from '../responses.js';
import { describe, finding, isBelowBeyondTolerance, listing, mention } from './shared.js';

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

/** An effect the assessments measure is a measurement too (language revision 2): only an alignment with neither is unmeasured. */
export function alignmentUnmeasured(index: WorkspaceIndex): RawFinding[] {
    return index
        .all('alignment')
        .filter(alignment => alignment.tbe === undefined && measuredEffect(index, alignment) === undefined)
        .map(alignment =>
            finding(
                'alignment-unmeasured',
                alignment,
                alignment.nameLocation,
                `${describe(alignment)} records no tbe before … after …, and no assessments of its services measure its effect`
            )
        );
}

/** A claimed `tbe before` or `after` more than the tolerance away from what the assessments measure. */
export function effectClaimMismatch(index: WorkspaceIndex, settings: Settings): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const alignment of index.all('alignment')) {
        const claim = alignment.tbe;
        const measured = claim && measuredEffect(index, alignment);
        if (!claim || !measured) continue;
        const { tolerance } = settings.forPackage(alignment.package);
        const services = listing(measured.services.map(service => `service '${service}'`));
        const sides = [
            { side: 'before', claimed: claim.before, measured: measured.before, location: claim.beforeLocation },
            { side: 'after', claimed: claim.after, measured: measured.after, location: claim.afterLocation }
        ];
        for (const { side, claimed, measured: value, location } of sides) {
            if (!isBelowBeyondTolerance(claimed, value, tolerance) && !isBelowBeyondTolerance(value, claimed, tolerance)) continue;
            const message = `${describe(alignment)} claims tbe ${side} ${claimed}, but the assessments of ${services} measure ${value} (${settings.explain(alignment.package, 'tolerance')})`;
            findings.push(finding('effect-claim-mismatch', alignment, location, message));
        }
    }
    return findings;
}

/**
 * A dated event an alignment answers (language revision 2): a need it aligns, the need of a gap
 * it responds to, a change or an assessment it responds to. `answered` is what the first
 * response is looked up for; `text` describes the event, built only for a finding.
 */
interface AnsweredEvent {
    answered: Trigger | Assessment;
    day: number;
    iso: string;
    text: () => string;
}

/** Per index and alignment: response-late and dates-out-of-order both read them. */
const ANSWERED_EVENTS = new WeakMap<WorkspaceIndex, Map<Alignment, readonly AnsweredEvent[]>>();

function answeredEvents(index: WorkspaceIndex, alignment: Alignment): readonly AnsweredEvent[] {
    let forIndex = ANSWERED_EVENTS.get(index);
    if (!forIndex) {
        forIndex = new Map();
        ANSWERED_EVENTS.set(index, forIndex);
    }
    let events = forIndex.get(alignment);
    if (!events) {
        events = findAnsweredEvents(index, alignment);
        forIndex.set(alignment, events);
    }
    return events;
}

function findAnsweredEvents(index: WorkspaceIndex, alignment: Alignment): AnsweredEvent[] {
    const found: AnsweredEvent[] = [];
    const add = (answered: Trigger | Assessment, date: DateValue | undefined, text: (iso: string) => string) => {
        const day = dayOf(date);
        if (day !== undefined && date) found.push({ answered, day, iso: date.iso, text: () => text(date.iso) });
    };
    for (const clause of alignment.aligns) {
        const need = index.resolve(clause.need, 'need');
        if (need) add(need, need.raised, iso => `${mention(need)} was raised on ${iso}`);
    }
    for (const ref of alignment.respondsTo) {
        const change = index.resolve(ref, 'change');
        if (change) add(change, change.date, iso => `${mention(change)} on ${iso}`);
        const assessment = index.resolve(ref, 'assessment');
        if (assessment) add(assessment, assessment.date, iso => `${mention(assessment)} on ${iso}`);
        const gap = index.resolve(ref, 'gap');
        const need = gap && index.resolve(gap.need, 'need');
        if (gap && need) add(need, need.raised, iso => `${mention(need)} of ${mention(gap)} was raised on ${iso}`);
    }
    return found;
}

/**
 * The first response to an assessment as of a day: the alignment responding to it with the
 * earliest `responded` on or before that day, the first in workspace order on a tie, as
 * `firstResponse` chooses for needs and changes (which are its triggers, not assessments).
 */
function firstResponseToAssessment(index: WorkspaceIndex, assessment: Assessment, asOfDay: number): Alignment | undefined {
    let first: { alignment: Alignment; day: number } | undefined;
    for (const alignment of index.respondersTo(assessment.qualifiedName)) {
        const day = respondedDay(alignment, asOfDay);
        if (day !== undefined && (!first || day < first.day)) first = { alignment, day };
    }
    return first?.alignment;
}

/**
 * First responses per `asOf` and answered declaration, per index: every alignment answering a
 * need asks for the need's first response, and looking it up each time would be quadratic in
 * the alignments of one need.
 */
const firstResponses = new WeakMap<WorkspaceIndex, Map<string, Map<Trigger | Assessment, Alignment | undefined>>>();

function firstResponseOf(index: WorkspaceIndex, answered: Trigger | Assessment, asOf: string, asOfDay: number): Alignment | undefined {
    let byAsOf = firstResponses.get(index);
    if (!byAsOf) {
        byAsOf = new Map<string, Map<Trigger | Assessment, Alignment | undefined>>();
        firstResponses.set(index, byAsOf);
    }
    let known = byAsOf.get(asOf);
    if (!known) {
        known = new Map<Trigger | Assessment, Alignment | undefined>();
        byAsOf.set(asOf, known);
    }
    if (known.has(answered)) return known.get(answered);
    const first = answered.kind === 'assessment' ? firstResponseToAssessment(index, answered, asOfDay) : firstResponse(index, answered, asOf);
    known.set(answered, first);
    return first;
}

/**
 * The slowest event whose first response is this alignment, and the days it waited. Absent when
 * the alignment is no response as of `asOf` or first answers nothing dated: re-aligning a need
 * that another alignment already answered is never late.
 */
function slowestAnswered(index: WorkspaceIndex, alignment: Alignment, asOf: string): { event: AnsweredEvent; days: number } | undefined {
    const asOfDay = dayNumber(asOf);
    const responded = asOfDay === undefined ? undefined : respondedDay(alignment, asOfDay);
    if (asOfDay === undefined || responded === undefined) return undefined;
    let slowest: { event: AnsweredEvent; days: number } | undefined;
    for (const event of answeredEvents(index, alignment)) {
        const days = responded - event.day;
        if (slowest && days <= slowest.days) continue;
        if (firstResponseOf(index, event.answered, asOf, asOfDay) === alignment) slowest = { event, days };
    }
    return slowest;
}

/** How long an alignment took to respond, to the slowest event it was the first response to. */
export interface ResponseDelay {
    from: string;
    to: string;
    days: number;
}

/** The delay `response-late` judges, for the editor's hover; absent when the alignment is no first response to anything dated. */
export function responseDelay(index: WorkspaceIndex, settings: Settings, alignment: Alignment): ResponseDelay | undefined {
    const slowest = slowestAnswered(index, alignment, settings.forPackage(alignment.package).asOf);
    return slowest && alignment.responded && { from: slowest.event.iso, to: alignment.responded.iso, days: slowest.days };
}

export function responseLate(index: WorkspaceIndex, settings: Settings): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const alignment of index.all('alignment')) {
        const { asOf, maxResponseDays } = settings.forPackage(alignment.package);
        const slowest = slowestAnswered(index, alignment, asOf);
        if (!slowest || !alignment.responded || slowest.days <= maxResponseDays) continue;
        const message =
            `${describe(alignment)} responded on ${alignment.responded.iso}, ${slowest.days} days after ` +
            `${slowest.event.text()} (${settings.explain(alignment.package, 'maxResponseDays')})`;
        findings.push(finding('response-late', alignment, alignment.responded.location, message));
    }
    return findings;
}

/**
 * An alignment's own dates against each other and against what it answers: it cannot be decided
 * after it responded, nor decided or respond before the event it answers. Each finding is on
 * the alignment's own date and names the latest event it precedes.
 */
export function datesOutOfOrder(index: WorkspaceIndex): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const alignment of index.all('alignment')) {
        const decided = dayOf(alignment.decided);
        const responded = dayOf(alignment.responded);
        if (decided === undefined && responded === undefined) continue;
        const latest = answeredEvents(index, alignment).reduce<AnsweredEvent | undefined>((a, b) => (a && a.day >= b.day ? a : b), undefined);
        if (decided !== undefined && alignment.decided) {
            const reasons = [
                ...(responded !== undefined && decided > responded ? [`after it responded on ${alignment.responded?.iso}`] : []),
                ...(latest && decided < latest.day ? [`before ${latest.text()}`] : [])
            ];
            if (reasons.length > 0) {
                const message = `${describe(alignment)} was decided on ${alignment.decided.iso}, ${reasons.join(', and ')}`;
                findings.push(finding('dates-out-of-order', alignment, alignment.decided.location, message));
            }
        }
        if (responded !== undefined && alignment.responded && latest && responded < latest.day) {
            const message = `${describe(alignment)} responded on ${alignment.responded.iso}, before ${latest.text()}`;
            findings.push(finding('dates-out-of-order', alignment, alignment.responded.location, message));
        }
    }
    return findings;
}
