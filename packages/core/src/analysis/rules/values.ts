import type { RawFinding } from '../../findings.js';
import type { DateValue, Declaration, Policy, PropertyScore, SourceLocation } from '../../model.js';
import type { WorkspaceIndex } from '../index.js';
import { isValidMaxResponseDays, isValidTolerance } from '../policy.js';
import { describe, finding } from './shared.js';

const CURRENCY = /^[A-Z]{3}$/;

/** How messages name a policy, which has no name of its own. */
export function policyLabel(policy: Policy): string {
    return policy.package === '' ? 'The policy of the root package' : `The policy of package '${policy.package}'`;
}

/** Policies of user documents; built-in documents carry none that users could fix. */
export function userPolicies(index: WorkspaceIndex): Policy[] {
    return index.model.documents.filter(doc => !doc.builtin).flatMap(doc => doc.policies);
}

/** Every score-valued number of a declaration, with what to call it in a message. */
function* scoreValues(declaration: Declaration): Generator<{ value: number; location: SourceLocation; what: string }> {
    const entries = (label: string, scores: readonly PropertyScore[]) =>
        scores.map(entry => ({ value: entry.value, location: entry.valueLocation, what: `${label} ${entry.property.text}` }));
    switch (declaration.kind) {
        case 'need':
            yield* entries('requires', declaration.requires);
            yield* entries('expects', declaration.expects);
            return;
        case 'gap':
            yield* entries('shortfall', declaration.shortfall);
            return;
        case 'spec':
            yield* entries('commits', declaration.commits);
            return;
        case 'assessment':
            for (const score of declaration.scores) {
                yield { value: score.value, location: score.valueLocation, what: `score ${score.property.text}` };
                for (const dimension of score.dimensions) {
                    const what = `score ${score.property.text} ${dimension.dimension.text}`;
                    yield { value: dimension.value, location: dimension.valueLocation, what };
                }
            }
            return;
        case 'alignment':
            if (!declaration.tbe) return;
            yield { value: declaration.tbe.before, location: declaration.tbe.beforeLocation, what: 'tbe before' };
            yield { value: declaration.tbe.after, location: declaration.tbe.afterLocation, what: 'tbe after' };
            return;
        default:
            return;
    }
}

export function scoreRange(index: WorkspaceIndex): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const declaration of index.declarations) {
        for (const { value, location, what } of scoreValues(declaration)) {
            if (value >= 0 && value <= 100) continue;
            findings.push(finding('score-range', declaration, location, `${describe(declaration)}: ${what} ${value} is outside 0–100`));
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
            return [{ date: declaration.responded, what: 'responded' }];
        default:
            return [];
    }
}

function invalidDeclarationValues(declaration: Declaration): RawFinding[] {
    const findings = datesOf(declaration).flatMap(({ date, what }) =>
        date && !date.valid
            ? [finding('invalid-value', declaration, date.location, `${describe(declaration)}: ${what} ${date.iso} is not a valid date`)]
            : []
    );
    const budget = declaration.kind === 'alignment' ? declaration.resources?.budget : undefined;
    if (budget && !CURRENCY.test(budget.currency)) {
        const message = `${describe(declaration)}: budget currency '${budget.currency}' is not a three-letter capital code`;
        findings.push(finding('invalid-value', declaration, budget.location, message));
    }
    return findings;
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
    const findings = index.declarations.flatMap(invalidDeclarationValues);
    for (const policy of userPolicies(index)) findings.push(...invalidPolicyValues(policy));
    return findings;
}
