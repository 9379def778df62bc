import type { Level, StackLevel } from '../../model.js';

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
    commits?: number;
    experienced?: number;
    /** The assessment the experienced score comes from. */
    assessment?: string;
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
}

export interface TbeIndicator {
    assessment: string;
    service?: string;
    date?: string;
    /** C: mean of the scores on core-group properties. */
    core?: number;
    /** M: mean of the scores on management-group properties. */
    management?: number;
    /** C × M / 100. */
    tbe?: number;
}

/** One delay from a need raised, or a change happening, to the alignment that responded. */
export interface AgilitySample {
    alignment: string;
    subject: string;
    subjectKind: 'need' | 'change';
    from: string;
    to: string;
    days: number;
    /** Levels of the services involved, in stack order. */
    levels: Level[];
}

export interface AgilityStats {
    count: number;
    /** The median in days (mean of the two middle values for an even count); absent when count is 0. */
    median?: number;
    /** Nearest-rank 90th percentile, in days; absent when count is 0. */
    p90?: number;
}

export interface AgilityIndicators {
    samples: AgilitySample[];
    overall: AgilityStats;
    /** Only levels that have samples, in stack order, service-management last. */
    byLevel: Partial<Record<Level, AgilityStats>>;
}

export interface AlignmentEffect {
    alignment: string;
    before: number;
    after: number;
    /** after − before. */
    effect: number;
}

export interface Indicators {
    coverage: CoverageIndicators;
    sem: SemGaps[];
    tbe: TbeIndicator[];
    agility: AgilityIndicators;
    alignmentEffect: AlignmentEffect[];
}
