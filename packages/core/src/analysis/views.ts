import type { Assessment, Score } from '../model.js';
import { dayOf } from './dates.js';
import type { WorkspaceIndex } from './index.js';

/**
 * Whose view an assessment is (language revision 2), from the perspectives of its assessors:
 * all business, all IT, both (`joint`: a triangulated score), or no assessor with a perspective
 * (`unattributed`, treated as joint by every measure and warned by `assessment-one-sided`).
 */
export type AssessmentView = 'business' | 'it' | 'joint' | 'unattributed';

export function assessmentView(index: WorkspaceIndex, assessment: Assessment): AssessmentView {
    let business = false;
    let it = false;
    for (const ref of assessment.assessors) {
        const perspective = index.resolve(ref, 'stakeholder')?.perspective;
        if (perspective === 'business') business = true;
        else if (perspective === 'it') it = true;
    }
    if (business && it) return 'joint';
    if (business) return 'business';
    return it ? 'it' : 'unattributed';
}

/** Whether the assessment speaks for the business's experience: every view but IT's own. */
export function isBusinessView(view: AssessmentView): boolean {
    return view !== 'it';
}

/** Whether the assessment speaks for IT's view: IT's own, and joint scores (the consensus updates both). */
export function isItView(view: AssessmentView): boolean {
    return view === 'it' || view === 'joint';
}

/** A score counts only inside 0–100; `score-range` reports the others, and no measure reads them. */
export function isInRange(value: number): boolean {
    return value >= 0 && value <= 100;
}

/**
 * The scores of one assessment that count, by property (qualified name): in range, and where a
 * property is scored twice (`duplicate-score`) the last one.
 */
export function countedScores(index: WorkspaceIndex, assessment: Assessment): ReadonlyMap<string, Score> {
    const counted = new Map<string, Score>();
    for (const score of assessment.scores) {
        const property = index.resolve(score.property, 'property')?.qualifiedName;
        if (property === undefined) continue;
        // The last score of a property counts, even when it is out of range: it replaces the earlier one.
        counted.delete(property);
        if (isInRange(score.value)) counted.set(property, score);
    }
    return counted;
}

/** One value of a view: the score, and the assessment it was read from. */
export interface ViewedScore {
    value: number;
    score: Score;
    assessment: Assessment;
}

/**
 * The business experience and IT's view of one service, per property: the latest assessment
 * of each view with a counted score for the property (`latestFirst`).
 */
export interface ServiceViews {
    /** The business experience: business, joint or unattributed assessments. The only "experienced" value. */
    business: ReadonlyMap<string, ViewedScore>;
    /** IT's view: IT and joint assessments. */
    it: ReadonlyMap<string, ViewedScore>;
    /** The service's assessments, latest first, with their views. */
    assessments: readonly { assessment: Assessment; view: AssessmentView }[];
}

export function buildServiceViews(index: WorkspaceIndex, service: string): ServiceViews {
    const assessments = latestFirst(index, index.assessmentsOf(service)).map(assessment => ({ assessment, view: assessmentView(index, assessment) }));
    const business = new Map<string, ViewedScore>();
    const it = new Map<string, ViewedScore>();
    for (const { assessment, view } of assessments) {
        for (const [property, score] of countedScores(index, assessment)) {
            const viewed = { value: score.value, score, assessment };
            // Latest first: the first value met for a property is the latest one.
            if (isBusinessView(view) && !business.has(property)) business.set(property, viewed);
            if (isItView(view) && !it.has(property)) it.set(property, viewed);
        }
    }
    return { business, it, assessments };
}

/**
 * Assessments from the latest to the earliest: greatest `date` first, ties broken by workspace
 * order (the later declared is the later); an assessment without a valid date is older than
 * every dated one.
 */
export function latestFirst(index: WorkspaceIndex, assessments: readonly Assessment[]): Assessment[] {
    const day = (assessment: Assessment) => dayOf(assessment.date) ?? Number.NEGATIVE_INFINITY;
    return [...assessments].sort((a, b) => day(b) - day(a) || index.position(b) - index.position(a));
}
