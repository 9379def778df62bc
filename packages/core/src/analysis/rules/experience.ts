import type { RawFinding } from '../../findings.js';
import type { Assessment, Declaration, Perspective, Score } from '../../model.js';
import type { WorkspaceIndex } from '../index.js';
import type { Settings } from '../policy.js';
import type { Peak, ServiceProfile } from '../profile.js';
import { describe, finding, isBelowBeyondTolerance, listing, mention, type RuleCheck } from './shared.js';

/** What each experience rule compares a score with, and how its message names that. */
const THRESHOLDS = {
    'experience-below-spec': { key: 'commits', label: 'spec' },
    'experience-below-expectation': { key: 'expects', label: 'expectation' },
    'experience-below-need': { key: 'requires', label: 'need' }
} as const satisfies Record<string, { key: keyof ServiceProfile; label: string }>;

type ExperienceRule = keyof typeof THRESHOLDS;

interface Shortfall {
    assessment: Assessment;
    score: Score;
    peak: Peak<Declaration>;
    tolerance: number;
}

/**
 * Each score below the highest threshold of its kind for the assessed service, beyond tolerance.
 * Messages are left to the caller: quality-unaddressed only needs to know that one exists.
 */
function shortfalls(index: WorkspaceIndex, settings: Settings, rule: ExperienceRule): Shortfall[] {
    const { key } = THRESHOLDS[rule];
    const found: Shortfall[] = [];
    for (const assessment of index.all('assessment')) {
        const service = index.resolve(assessment.service, 'service');
        if (!service) continue;
        const peaks: Map<string, Peak<Declaration>> = index.profile(service)[key];
        const { tolerance } = settings.forPackage(assessment.package);
        for (const score of assessment.scores) {
            const property = index.resolve(score.property, 'property')?.qualifiedName;
            const peak = property === undefined ? undefined : peaks.get(property);
            if (peak && isBelowBeyondTolerance(score.value, peak.value, tolerance)) found.push({ assessment, score, peak, tolerance });
        }
    }
    return found;
}

function experienceBelow(rule: ExperienceRule): RuleCheck {
    const { key } = THRESHOLDS[rule];
    return (index, settings) =>
        shortfalls(index, settings, rule).map(({ assessment, score, peak, tolerance }) => {
            const message =
                `${describe(assessment)} scores ${score.property.text} ${score.value}, ` +
                `below the ${peak.value} that ${mention(peak.source)} ${key} (tolerance ${tolerance})`;
            return finding(rule, assessment, score.location, message);
        });
}

export const experienceBelowSpec = experienceBelow('experience-below-spec');
export const experienceBelowExpectation = experienceBelow('experience-below-expectation');
export const experienceBelowNeed = experienceBelow('experience-below-need');

/**
 * Looks at the experience shortfalls themselves, not at the findings left after policy: the
 * gap is in the data even when a team switches the per-score rule off, and switching off
 * `quality-unaddressed` itself is the way to silence this one.
 */
export function qualityUnaddressed(index: WorkspaceIndex, settings: Settings): RawFinding[] {
    const below = new Map<Assessment, string[]>();
    for (const rule of Object.keys(THRESHOLDS) as ExperienceRule[]) {
        // Only shortfalls that are findings count: a rule switched off or silenced by svc-ignore reports nothing.
        for (const { assessment } of shortfalls(index, settings, rule).filter(({ assessment }) => reports(settings, assessment, rule))) {
            const labels = below.get(assessment) ?? [];
            if (!labels.includes(THRESHOLDS[rule].label)) labels.push(THRESHOLDS[rule].label);
            below.set(assessment, labels);
        }
    }
    const findings: RawFinding[] = [];
    for (const [assessment, labels] of below) {
        if (index.respondersTo(assessment.qualifiedName).length > 0) continue;
        const message = `${describe(assessment)} shows experience below ${listing(labels)} and no alignment responds to it`;
        findings.push(finding('quality-unaddressed', assessment, assessment.nameLocation, message));
    }
    return findings;
}

export function assessmentOneSided(index: WorkspaceIndex): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const assessment of index.all('assessment')) {
        const perspectives = new Set<Perspective>();
        for (const ref of assessment.assessors) {
            const perspective = index.resolve(ref, 'stakeholder')?.perspective;
            if (perspective) perspectives.add(perspective);
        }
        if (perspectives.size > 1) continue;
        const message =
            perspectives.size === 0
                ? `${describe(assessment)} has no assessors with a perspective (no triangulation)`
                : `${describe(assessment)} is one-sided: every assessor has the ${[...perspectives][0]} perspective (no triangulation)`;
        findings.push(finding('assessment-one-sided', assessment, assessment.nameLocation, message));
    }
    return findings;
}

function reports(settings: Settings, assessment: Assessment, rule: ExperienceRule): boolean {
    return settings.severity(assessment.package, rule) !== 'off' && !assessment.suppressions.some(suppression => suppression.rule === rule);
}
