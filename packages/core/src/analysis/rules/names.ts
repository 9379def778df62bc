import type { RawFinding } from '../../findings.js';
import type { Declaration, SourceLocation, Suppression } from '../../model.js';
import { isRuleId } from '../../rules.js';
import type { WorkspaceIndex } from '../index.js';
import { describe, finding, mention, policyLabel } from './shared.js';

/** How many clashing declarations a message names before it just counts the rest. */
const NAMED_CLASHES = 3;

function clashText(declaration: Declaration, clashes: readonly Declaration[]): string {
    const others: string[] = [];
    for (const other of clashes) {
        if (others.length === NAMED_CLASHES) break;
        if (other !== declaration) others.push(other.builtin ? `the built-in ${mention(other)}` : mention(other));
    }
    const rest = clashes.length - 1 - others.length;
    return rest > 0 ? `${others.join(', ')} and ${rest} more` : others.join(', ');
}

/** Each user declaration whose qualified name another declaration (user or built-in) also has. */
function duplicateDeclarations(index: WorkspaceIndex): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const declaration of index.declarations) {
        const clashes = index.named(declaration.qualifiedName);
        if (clashes.length < 2) continue;
        const message = `${describe(declaration)} has the same qualified name as ${clashText(declaration, clashes)}`;
        findings.push(finding('duplicate-name', declaration, declaration.nameLocation, message));
    }
    return findings;
}

/** Items of one block sharing a name: every one of them is reported. */
function duplicateItems(
    owner: Declaration,
    items: readonly { name: string; nameLocation: SourceLocation }[],
    what: string
): RawFinding[] {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(item.name, (counts.get(item.name) ?? 0) + 1);
    return items
        .filter(item => counts.get(item.name)! > 1)
        .map(item =>
            finding('duplicate-name', owner, item.nameLocation, `${what} '${item.name}' is declared ${counts.get(item.name)} times in ${mention(owner)}`)
        );
}

export function duplicateName(index: WorkspaceIndex): RawFinding[] {
    return [
        ...duplicateDeclarations(index),
        ...index.all('property').flatMap(property => duplicateItems(property, property.dimensions, 'Dimension')),
        ...index.all('spec').flatMap(spec => duplicateItems(spec, spec.metrics, 'Metric'))
    ];
}

function unknownSuppressions(suppressions: readonly Suppression[], element: string | undefined): RawFinding[] {
    return suppressions
        .filter(suppression => !isRuleId(suppression.rule))
        .map(suppression => {
            const raw: RawFinding = { rule: 'unknown-rule', message: `svc-ignore names unknown rule '${suppression.rule}'`, location: suppression.location };
            return element === undefined ? raw : { ...raw, element };
        });
}

export function unknownRule(index: WorkspaceIndex): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const declaration of index.declarations) {
        // Most declarations carry no `svc-ignore` at all.
        if (declaration.suppressions.length > 0) findings.push(...unknownSuppressions(declaration.suppressions, declaration.qualifiedName));
    }
    for (const policy of index.policies) {
        findings.push(...unknownSuppressions(policy.suppressions, undefined));
        for (const setting of policy.rules.filter(setting => !isRuleId(setting.rule))) {
            const message = `${policyLabel(policy)} sets unknown rule '${setting.rule}'`;
            findings.push({ rule: 'unknown-rule', message, location: setting.ruleLocation });
        }
    }
    return findings;
}
