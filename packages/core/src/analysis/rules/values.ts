import type { RawFinding } from '../../findings.js';
import type { DateValue, Declaration, Policy, PropertyScore, SourceLocation } from '../../model.js';
import type { WorkspaceIndex } from '../index.js';
import { isValidMaxResponseDays, isValidTolerance } from '../policy.js';
import { describe, finding, policyLabel } from './shared.js';

const CURRENCY = /^[A-Z]{3}$/;

type ScoreVisitor = (value: number, location: SourceLocation, what: () => string) => void;

function visitEntries(label: string, entries: readonly PropertyScore[], visit: ScoreVisitor): void {
    for (const entry of entries) visit(entry.value, entry.valueLocation, () => `${label} ${entry.property.text}`);
}

/** Visits every score-valued number of a declaration; `what` names it, built only for a finding. */
function visitScores(declaration: Declaration, visit: ScoreVisitor): void {
    switch (declaration.kind) {
        case 'need':
            visitEntries('requires', declaration.requires, visit);
            return visitEntries('expects', declaration.expects, visit);
        case 'gap':
            return visitEntries('shortfall', declaration.shortfall, visit);
        case 'spec':
            return visitEntries('commits', declaration.commits, visit);
        case 'assessment':
            for (const score of declaration.scores) {
                visit(score.value, score.valueLocation, () => `score ${score.property.text}`);
                for (const dimension of score.dimensions) {
                    visit(dimension.value, dimension.valueLocation, () => `score ${score.property.text} ${dimension.dimension.text}`);
                }
            }
            return;
        case 'alignment':
            if (!declaration.tbe) return;
            visit(declaration.tbe.before, declaration.tbe.beforeLocation, () => 'tbe before');
            return visit(declaration.tbe.after, declaration.tbe.afterLocation, () => 'tbe after');
        default:
            return;
    }
}

export function scoreRange(index: WorkspaceIndex): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const declaration of index.declarations) {
        visitScores(declaration, (value, location, what) => {
            if (value >= 0 && value <= 100) return;
            findings.push(finding('score-range', declaration, location, `${describe(declaration)}: ${what()} ${value} is outside 0–100`));
        });
    }
    return findings;
}

/**
 * Each score of an assessment that a later score of the same property replaces (language
 * revision 2: the last one counts everywhere), reported on its property's name.
 */
export function duplicateScore(index: WorkspaceIndex): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const assessment of index.all('assessment')) {
        const keyed = assessment.scores.flatMap(score => {
            const property = index.resolve(score.property, 'property')?.qualifiedName;
            return property === undefined ? [] : [{ score, property }];
        });
        const counted = new Map(keyed.map(({ score, property }) => [property, score]));
        if (counted.size === keyed.length) continue;
        for (const { score, property } of keyed) {
            const later = counted.get(property)!;
            if (later === score) continue;
            const message = `${describe(assessment)} scores ${score.property.text} more than once: the later ${later.value} replaces this ${score.value}`;
            findings.push(finding('duplicate-score', assessment, score.property.location, message));
        }
    }
    return findings;
}

function datesOf(declaration: Declaration): { date: DateValue | undefined; what: string }[] {
    switch (declaration.kind) {
        case 'need':
            return [{ date: declaration.raised, what: 'raised' }];
        case 'change':
        case 'assessment':
            return [{ date: declaration.date, what: 'date' }];
        case 'alignment':
            return [
                { date: declaration.decided, what: 'decided' },
                { date: declaration.responded, what: 'responded' }
            ];
        default:
            return [];
    }
}

function invalidDeclarationValues(declaration: Declaration, findings: RawFinding[]): void {
    for (const { date, what } of datesOf(declaration)) {
        if (date && !date.valid) {
            findings.push(finding('invalid-value', declaration, date.location, `${describe(declaration)}: ${what} ${date.iso} is not a valid date`));
        }
    }
    for (const { location, text } of invalidQuantities(declaration)) {
        findings.push(finding('invalid-value', declaration, location ?? declaration.nameLocation, `${describe(declaration)}: ${text}`));
    }
}

const isPercent = (value: number) => value >= 0 && value <= 100;

/** Percentages outside 0–100, head counts that are not whole, currencies that are not ISO-shaped. */
function invalidQuantities(declaration: Declaration): { location: SourceLocation | undefined; text: string }[] {
    switch (declaration.kind) {
        case 'service': {
            const share = declaration.nature?.productShare;
            return share === undefined || isPercent(share) ? [] : [{ location: declaration.nature?.location, text: `nature mix ${share}% is outside 0–100%` }];
        }
        case 'spec':
            return declaration.metrics
                .filter(metric => metric.value?.kind === 'percent' && !isPercent(metric.value.value))
                .map(metric => ({
                    location: metric.valueLocation ?? metric.nameLocation,
                    text: `metric ${metric.name} ${metric.value?.value}% is outside 0–100%`
                }));
        case 'alignment': {
            const { budget, people, peopleLocation } = declaration.resources ?? {};
            const problems = [];
            if (budget && !CURRENCY.test(budget.currency)) {
                problems.push({ location: budget.location, text: `budget currency '${budget.currency}' is not a three-letter capital code` });
            }
            if (people !== undefined && !(Number.isInteger(people) && people >= 0)) {
                problems.push({ location: peopleLocation, text: `people ${people} is not a whole, non-negative number` });
            }
            return problems;
        }
        default:
            return [];
    }
}

function invalidPolicyValues(policy: Policy): RawFinding[] {
    const findings: RawFinding[] = [];
    const report = (location: SourceLocation | undefined, text: string) =>
        findings.push({ rule: 'invalid-value', message: `${policyLabel(policy)}: ${text}`, location: location ?? policy.keywordLocation });
    if (policy.tolerance !== undefined && !isValidTolerance(policy.tolerance)) {
        report(policy.toleranceLocation, `tolerance ${policy.tolerance} must not be negative`);
    }
    if (policy.maxResponseDays !== undefined && !isValidMaxResponseDays(policy.maxResponseDays)) {
        report(policy.maxResponseDaysLocation, `maxResponseDays ${policy.maxResponseDays} must be a whole number of days, not negative`);
    }
    if (policy.asOf && !policy.asOf.valid) report(policy.asOf.location, `asOf ${policy.asOf.iso} is not a valid date`);
    return findings;
}

export function invalidValue(index: WorkspaceIndex): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const declaration of index.declarations) invalidDeclarationValues(declaration, findings);
    for (const policy of index.policies) findings.push(...invalidPolicyValues(policy));
    return findings;
}
