import type { RawFinding } from '../../findings.js';
import type { Assessment, Declaration, Score } from '../../model.js';
import type { RuleId } from '../../rules.js';
import type { WorkspaceIndex } from '../index.js';
import type { Settings } from '../policy.js';
import type { Peak, ServiceProfile } from '../profile.js';
import { assessmentView } from '../views.js';
import { describe, distinctServices, finding, isBelowBeyondTolerance, listing, mention, type RuleCheck } from './shared.js';

/** What each experience rule compares a score with, and how its message names that. */
const THRESHOLDS = {
    'experience-below-spec': { key: 'commits', label: 'spec' },
    'experience-below-expectation': { key: 'expects', label: 'expectation' },
    'experience-below-need': { key: 'requires', label: 'need' }
} as const satisfies Partial<Record<RuleId, { key: keyof ServiceProfile; label: string }>>;

type ExperienceRule = keyof typeof THRESHOLDS;

interface Shortfall {
    assessment: Assessment;
    score: Score;
    peak: Peak<Declaration>;
}

/**
 * Each business experience (language revision 2: the latest business, joint or unattributed
 * score of a property of a service) below the highest threshold of its kind for the service,
 * beyond the tolerance of the assessment's package. An older score is history, and IT's view is
 * never the business's experience. Messages are left to the caller: quality-unaddressed only
 * needs to know that one exists.
 */
function shortfalls(index: WorkspaceIndex, settings: Settings, rule: ExperienceRule): readonly Shortfall[] {
    // Each is read twice: by its own rule and by quality-unaddressed.
    const forIndex = SHORTFALLS.get(index) ?? new WeakMap<Settings, Map<ExperienceRule, readonly Shortfall[]>>();
    SHORTFALLS.set(index, forIndex);
    const forSettings = forIndex.get(settings) ?? new Map<ExperienceRule, readonly Shortfall[]>();
    forIndex.set(settings, forSettings);
    let found = forSettings.get(rule);
    if (!found) {
        found = findShortfalls(index, settings, rule);
        forSettings.set(rule, found);
    }
    return found;
}

/**
 * Per index (a document's view is an index of its own, with its own subjects) and settings:
 * both are made per analysis and live as long as it does.
 */
const SHORTFALLS = new WeakMap<WorkspaceIndex, WeakMap<Settings, Map<ExperienceRule, readonly Shortfall[]>>>();

function findShortfalls(index: WorkspaceIndex, settings: Settings, rule: ExperienceRule): Shortfall[] {
    const { key } = THRESHOLDS[rule];
    const found: Shortfall[] = [];
    for (const service of distinctServices(index)) {
        const peaks: Map<string, Peak<Declaration>> = index.profile(service)[key];
        if (peaks.size === 0) continue;
        for (const [property, { score, assessment }] of index.views(service.qualifiedName).business) {
            const peak = peaks.get(property);
            const { tolerance } = settings.forPackage(assessment.package);
            if (peak && isBelowBeyondTolerance(score.value, peak.value, tolerance)) found.push({ assessment, score, peak });
        }
    }
    return found;
}

function experienceBelow(rule: ExperienceRule): RuleCheck {
    const { key } = THRESHOLDS[rule];
    return (index, settings) =>
        shortfalls(index, settings, rule).map(({ assessment, score, peak }) => {
            const message =
                `${describe(assessment)} scores ${score.property.text} ${score.value}, ` +
                `below the ${peak.value} that ${mention(peak.source)} ${key} (${settings.explain(assessment.package, 'tolerance')})`;
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

/**
 * IT's view above the business experience by more than the tolerance of the IT-view score's
 * package (language revision 2): IT believes the service is better than the business finds it.
 */
export function perceptionGap(index: WorkspaceIndex, settings: Settings): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const service of distinctServices(index)) {
        const { business, it } = index.views(service.qualifiedName);
        for (const [property, itView] of it) {
            const experienced = business.get(property);
            const { tolerance } = settings.forPackage(itView.assessment.package);
            if (!experienced || !isBelowBeyondTolerance(experienced.value, itView.value, tolerance)) continue;
            const message =
                `${describe(itView.assessment)} (IT's view) scores ${itView.score.property.text} ${itView.value}, ` +
                `${round(itView.value - experienced.value)} points above the business experience of ${experienced.value} ` +
                `in ${mention(experienced.assessment)} (${settings.explain(itView.assessment.package, 'tolerance')})`;
            findings.push(finding('perception-gap', itView.assessment, itView.score.location, message));
        }
    }
    return findings;
}

/** Decimal scores subtract inexactly (80.3 − 60.1 = 20.199999999999996): messages show two decimals at most. */
function round(value: number): number {
    return Math.round(value * 100) / 100;
}

const VIEW_LABELS = { business: 'business', it: 'IT' } as const;

/**
 * No triangulation (language revision 2): an assessment with no assessor of either perspective,
 * reported on itself; and a service whose assessments are all by the business or all by IT,
 * reported once, on its latest assessment. A business and an IT assessment, or one joint or
 * unattributed assessment (treated as joint, and reported on its own), triangulate a service.
 */
export function assessmentOneSided(index: WorkspaceIndex): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const assessment of index.all('assessment')) {
        if (assessmentView(index, assessment) !== 'unattributed') continue;
        const lacking = assessment.assessors.length === 0 ? 'has no assessors' : 'has no assessors with a perspective';
        findings.push(finding('assessment-one-sided', assessment, assessment.nameLocation, `${describe(assessment)} ${lacking} (no triangulation)`));
    }
    for (const service of distinctServices(index)) {
        const { assessments } = index.views(service.qualifiedName);
        const view = assessments[0]?.view;
        if ((view !== 'business' && view !== 'it') || assessments.some(other => other.view !== view)) continue;
        const latest = assessments[0]!.assessment;
        const by = `by ${VIEW_LABELS[view]} stakeholders only`;
        const which =
            assessments.length === 1
                ? `the only assessment of ${mention(service)}, is ${by}`
                : `the latest of ${assessments.length} assessments of ${mention(service)}, all ${by}`;
        findings.push(finding('assessment-one-sided', latest, latest.nameLocation, `${describe(latest)}, ${which} (no triangulation)`));
    }
    return findings;
}

function reports(settings: Settings, assessment: Assessment, rule: ExperienceRule): boolean {
    return settings.severity(assessment.package, rule) !== 'off' && !assessment.suppressions.some(suppression => suppression.rule === rule);
}
