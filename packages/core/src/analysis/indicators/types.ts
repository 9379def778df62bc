import type { Level, StackLevel } from '../../model.js';
import type { AssessmentView } from '../views.js';

/**
 * Indicators are plain JSON-ready objects. Rounding: shares are fractions 0–1 rounded to 4
 * decimals; scores, means, TBE and SEM gaps to 2 decimals (enough for scores written with at
 * most one decimal, and it hides floating-point noise); days are whole numbers. A value whose
 * inputs are absent is left out, never guessed.
 */

/** `count` of `total` (needs covered, commitments assessed, changes or gaps answered). */
export interface Ratio {
    count: number;
    total: number;
    /** count / total; absent when total is 0. */
    share?: number;
}

export interface LevelCoverage {
    /** Of the six stack levels (service-management stands beside the stack and is not counted). */
    populated: number;
    total: number;
    share: number;
    /** Levels no service is at, top to bottom. */
    empty: StackLevel[];
}

export interface CoverageIndicators {
    needs: Ratio;
    levels: LevelCoverage;
    commitments: Ratio;
    changes: Ratio;
    gaps: Ratio;
}

/** SEM gaps for one service and property, in points; negative = shortfall. */
export interface SemGaps {
    service: string;
    /** The property's qualified name. */
    property: string;
    requires?: number;
    expects?: number;
    /** The highest commitment among the service's current specs. */
    commits?: number;
    /** The business experience (revision 2): the latest business, joint or unattributed score. */
    experienced?: number;
    /** The assessment the experienced score comes from. */
    assessment?: string;
    /** IT's view: the latest IT or joint score. */
    itView?: number;
    /** The assessment IT's view comes from. */
    itAssessment?: string;
    /** commits − requires: need → spec. */
    ns?: number;
    /** commits − expects: expectation → spec. */
    es?: number;
    /** experienced − commits: spec → experience. */
    sx?: number;
    /** experienced − expects: expectation → experience (SERVQUAL gap 5). */
    ex?: number;
    /** experienced − requires: need → experience (the needs gap). */
    nx?: number;
    /** itView − experienced: the perception gap; positive = IT thinks better of the service than the business experiences. */
    pg?: number;
}

export interface TbeIndicator {
    assessment: string;
    service?: string;
    date?: string;
    /** Whose view the assessment is, from its assessors. */
    view: AssessmentView;
    /** How many properties have a counted score (in range, the last of duplicates). */
    scored: number;
    /** How many properties the workspace's catalogue has (built-in and declared). */
    of: number;
    /** C: mean of the scores on core-group properties. */
    core?: number;
    /** M: mean of the scores on management-group properties. */
    management?: number;
    /** C × M / 100. */
    tbe?: number;
}

/** TBE per service (revision 2): of its latest business/joint/unattributed and IT/joint assessments that have one. */
export interface ServiceTbe {
    service: string;
    /** The TBE of the latest business, joint or unattributed assessment that has a TBE. */
    tbe?: number;
    assessment?: string;
    /** The TBE of the latest IT or joint assessment that has a TBE. */
    itTbe?: number;
    itAssessment?: string;
    /** itTbe − tbe: the perception gap on TBE. */
    pg?: number;
}

/** Where an agility sample is counted: a stack level, `service-management`, or `uncovered`. */
export type AgilityBucket = Level | 'uncovered';

/**
 * One trigger (a dated need, or a dated change) and the delay to its first response (revision 2):
 * the earliest `responded`, on or before asOf, among the alignments answering it. With none it is
 * open, and its delay is its age at asOf (a lower bound).
 */
export interface AgilitySample {
    subject: string;
    subjectKind: 'need' | 'change';
    /** The package of the need or change. */
    package: string;
    /** The trigger's date: the need's `raised`, the change's `date`. */
    from: string;
    /** The first response's `responded`, or asOf when open. */
    to: string;
    days: number;
    open: boolean;
    /** The first response; absent when open. */
    alignment?: string;
    /** The first response's `decided`, when it states one. */
    decided?: string;
    /** decided − from, in days (when the first response states `decided`). */
    planningDays?: number;
    /** to − decided, in days (when the first response states `decided`). */
    deliveryDays?: number;
    /** Where the sample counts: a need the highest level among the services covering it; a change the levels of its needs. */
    buckets: AgilityBucket[];
}

export interface AgilityStats {
    /** Samples: responded + open. */
    count: number;
    responded: number;
    open: number;
    /** The median in days over every sample, open ones at their age (mean of the two middle values for an even count); absent when count is 0. */
    median?: number;
    /** Nearest-rank 90th percentile, in days; absent when count is 0. */
    p90?: number;
}

export interface AgilityIndicators {
    /** The date open samples are measured at: the root package's asOf (or the override, or today). */
    asOf: string;
    samples: AgilitySample[];
    overall: AgilityStats;
    /** Only buckets that have samples: stack levels top to bottom, then service-management, then uncovered. */
    byLevel: Partial<Record<AgilityBucket, AgilityStats>>;
    /** By the package of the need or change, sorted by package name ('' is the root package). */
    byPackage: Record<string, AgilityStats>;
    /** The open sample with the greatest age. */
    oldestOpen?: { subject: string; subjectKind: 'need' | 'change'; from: string; days: number };
    /** Median planning delay (decided − trigger) over the samples whose first response states `decided`. */
    planningMedian?: number;
    /** Median delivery delay (responded − decided), likewise. */
    deliveryMedian?: number;
}

/** TBE before, after, and after − before. */
export interface EffectFigures {
    before: number;
    after: number;
    effect: number;
}

/**
 * An alignment's effect: what it claims (`tbe before … after …`) and what the assessments
 * measure (revision 2). Listed when it has either.
 */
export interface AlignmentEffect {
    alignment: string;
    claimed?: EffectFigures;
    /** Means over the services that have a business TBE on or before `responded` and one after it. */
    measured?: EffectFigures & { services: string[] };
}

export interface Indicators {
    coverage: CoverageIndicators;
    sem: SemGaps[];
    tbe: TbeIndicator[];
    /** Per service with any assessment, in workspace order. */
    tbeByService: ServiceTbe[];
    agility: AgilityIndicators;
    alignmentEffect: AlignmentEffect[];
}
