import type { RawFinding } from '../../findings.js';
import type { WorkspaceIndex } from '../index.js';
import { describe, finding, policyLabel } from './shared.js';

/** A stakeholder must say whose side it is on: three rules (spec-unsigned, assessment-one-sided, alignment-unaccountable) depend on it. */
export function perspectiveMissing(index: WorkspaceIndex): RawFinding[] {
    return index
        .all('stakeholder')
        .filter(stakeholder => stakeholder.perspective === undefined)
        .map(stakeholder =>
            finding(
                'perspective-missing',
                stakeholder,
                stakeholder.nameLocation,
                `${describe(stakeholder)} has no perspective: add \`perspective business\` or \`perspective it\``
            )
        );
}

/** A package has at most one policy; every policy after the first is reported, since only the first counts. */
export function policyDuplicate(index: WorkspaceIndex): RawFinding[] {
    const seen = new Set<string>();
    const findings: RawFinding[] = [];
    for (const policy of index.policies) {
        if (!seen.has(policy.package)) {
            seen.add(policy.package);
            continue;
        }
        findings.push({
            rule: 'policy-duplicate',
            message: `${policyLabel(policy)} is given more than once; only the first policy of a package counts`,
            location: policy.keywordLocation
        });
    }
    return findings;
}
