import type { RawFinding } from '../../findings.js';
import type { Spec } from '../../model.js';
import type { RuleId } from '../../rules.js';
import { commitments, isAssessedByBusiness } from '../commitments.js';
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

/** The user's specs that are not history: a superseded spec is read by no rule (language revision 2). */
function currentSpecs(index: WorkspaceIndex): Spec[] {
    return index.all('spec').filter(spec => !index.isSuperseded(spec));
}

export function specUnsigned(index: WorkspaceIndex): RawFinding[] {
    return currentSpecs(index)
        .filter(spec => !spec.agreedBy.some(ref => index.resolve(ref, 'stakeholder')?.perspective === 'business'))
        .map(spec => finding('spec-unsigned', spec, spec.nameLocation, `${describe(spec)} is not agreed by any business stakeholder`));
}

export function metricUnmapped(index: WorkspaceIndex): RawFinding[] {
    return currentSpecs(index).flatMap(spec =>
        spec.metrics
            .filter(metric => metric.measures === undefined)
            .map(metric => finding('metric-unmapped', spec, metric.nameLocation, `Metric '${metric.name}' of ${mention(spec)} measures no property`))
    );
}

/** Assessed means assessed by the business (language revision 2): IT scoring its own service does not count. */
export function commitmentUnassessed(index: WorkspaceIndex): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const { spec, service, entry, property } of commitments(index)) {
        if (isAssessedByBusiness(index, service.qualifiedName, property)) continue;
        const message = `${describe(spec)} commits ${entry.property.text} ${entry.value} but no business or joint assessment of ${mention(service)} scores it`;
        findings.push(finding('commitment-unassessed', spec, entry.location, message));
    }
    return findings;
}

/** Compares each commitment with the highest `requires` or `expects` of the needs its service covers. */
function specBelow(rule: RuleId, threshold: 'requires' | 'expects'): RuleCheck {
    return (index, settings) => {
        const findings: RawFinding[] = [];
        for (const { spec, service, entry, property } of commitments(index)) {
            const peak = index.profile(service)[threshold].get(property);
            const { tolerance } = settings.forPackage(spec.package);
            if (!peak || !isBelowBeyondTolerance(entry.value, peak.value, tolerance)) continue;
            const message =
                `${describe(spec)} commits ${entry.property.text} ${entry.value}, ` +
                `below the ${peak.value} that ${mention(peak.source)} ${threshold} (${settings.explain(spec.package, 'tolerance')})`;
            findings.push(finding(rule, spec, entry.location, message));
        }
        return findings;
    };
}

export const specBelowNeed = specBelow('spec-below-need', 'requires');
export const specBelowExpectation = specBelow('spec-below-expectation', 'expects');

/**
 * A requirement that no current spec of the services covering the need commits, where at least
 * one of them has a current spec: the need→spec gap cannot even be measured. Reported on the
 * property's name in `requires`.
 */
export function requirementUncommitted(index: WorkspaceIndex): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const need of index.all('need')) {
        if (need.requires.length === 0) continue;
        const specified = index
            .coveringServices(need.qualifiedName)
            .filter(service => index.specsOf(service.qualifiedName).length > 0)
            .sort((a, b) => index.position(a) - index.position(b));
        if (specified.length === 0) continue;
        for (const entry of need.requires) {
            const property = index.resolve(entry.property, 'property')?.qualifiedName;
            // The profile's commitments are those of the current specs.
            if (property === undefined || specified.some(service => index.profile(service).commits.has(property))) continue;
            const message = `${describe(need)} requires ${entry.property.text} ${entry.value} but no current spec of ${listing(specified.map(mention))} commits it`;
            findings.push(finding('requirement-uncommitted', need, entry.property.location, message));
        }
    }
    return findings;
}

/** A `supersedes` naming a spec of another service: the index ignores it, so the old spec stays current. */
export function supersedesOtherService(index: WorkspaceIndex): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const spec of index.all('spec')) {
        const own = index.resolve(spec.service, 'service');
        if (!own) continue;
        for (const ref of spec.supersedes) {
            const old = index.resolve(ref, 'spec');
            const other = index.resolve(old?.service, 'service');
            if (!old || !other || other.qualifiedName === own.qualifiedName) continue;
            const message = `${describe(spec)} is for ${mention(own)} but supersedes ${mention(old)}, which is for ${mention(other)}: the supersedes has no effect`;
            findings.push(finding('supersedes-other-service', spec, ref.location, message));
        }
    }
    return findings;
}
