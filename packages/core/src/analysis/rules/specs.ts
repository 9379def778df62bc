import type { RawFinding } from '../../findings.js';
import { assessedProperties, commitments } from '../commitments.js';
import type { WorkspaceIndex } from '../index.js';
import { describe, finding, isBelowBeyondTolerance, listing, mention, type RuleCheck } from './shared.js';

export function specMissing(index: WorkspaceIndex): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const service of index.all('service')) {
        const needs = index.coveredNeeds(service.qualifiedName);
        if (needs.length === 0 || index.specsOf(service.qualifiedName).length > 0) continue;
        const message = `${describe(service)} covers ${listing(needs.map(mention))} but has no spec`;
        findings.push(finding('spec-missing', service, service.nameLocation, message));
    }
    return findings;
}

export function specUnsigned(index: WorkspaceIndex): RawFinding[] {
    return index
        .all('spec')
        .filter(spec => !spec.agreedBy.some(ref => index.resolve(ref, 'stakeholder')?.perspective === 'business'))
        .map(spec => finding('spec-unsigned', spec, spec.nameLocation, `${describe(spec)} is not agreed by any business stakeholder`));
}

export function metricUnmapped(index: WorkspaceIndex): RawFinding[] {
    return index.all('spec').flatMap(spec =>
        spec.metrics
            .filter(metric => metric.measures === undefined)
            .map(metric =>
                finding('metric-unmapped', spec, metric.nameLocation, `Metric '${metric.name}' of ${mention(spec)} measures no property`)
            )
    );
}

export function commitmentUnassessed(index: WorkspaceIndex): RawFinding[] {
    const scored = assessedProperties(index);
    const findings: RawFinding[] = [];
    for (const { spec, service, entry, property } of commitments(index)) {
        if (scored(service.qualifiedName).has(property)) continue;
        const message = `${describe(spec)} commits ${entry.property.text} ${entry.value} but no assessment of ${mention(service)} scores it`;
        findings.push(finding('commitment-unassessed', spec, entry.location, message));
    }
    return findings;
}

/** Compares each commitment with the highest `requires` or `expects` of the needs its service covers. */
function specBelow(rule: string, threshold: 'requires' | 'expects'): RuleCheck {
    return (index, settings) => {
        const findings: RawFinding[] = [];
        for (const { spec, service, entry, property } of commitments(index)) {
            const peak = index.profile(service)[threshold].get(property);
            const { tolerance } = settings.forPackage(spec.package);
            if (!peak || !isBelowBeyondTolerance(entry.value, peak.value, tolerance)) continue;
            const message =
                `${describe(spec)} commits ${entry.property.text} ${entry.value}, ` +
                `below the ${peak.value} that ${mention(peak.source)} ${threshold} (tolerance ${tolerance})`;
            findings.push(finding(rule, spec, entry.location, message));
        }
        return findings;
    };
}

export const specBelowNeed = specBelow('spec-below-need', 'requires');
export const specBelowExpectation = specBelow('spec-below-expectation', 'expects');
