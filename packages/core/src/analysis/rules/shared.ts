import type { RawFinding } from '../../findings.js';
import type { Declaration, DeclarationKind, Policy, Service, SourceLocation } from '../../model.js';
import type { RuleId } from '../../rules.js';
import type { Derived, WorkspaceIndex } from '../index.js';
import type { Settings } from '../policy.js';

/** One rule's check: a pure function of the indexed workspace and the settings in force. */
export type RuleCheck = (index: WorkspaceIndex, settings: Settings) => RawFinding[];

const KIND_LABELS: Record<DeclarationKind, string> = {
    stakeholder: 'Stakeholder',
    property: 'Property',
    dimension: 'Dimension',
    need: 'Need',
    gap: 'Gap',
    change: 'Change',
    service: 'Service',
    spec: 'Spec',
    assessment: 'Assessment',
    alignment: 'Alignment'
};

/** `Need 'acme.CostEstimating'`: how messages name a declaration. */
export function describe(declaration: Declaration): string {
    return `${KIND_LABELS[declaration.kind]} '${declaration.qualifiedName}'`;
}

/** `need 'acme.CostEstimating'`: a declaration named mid-sentence. */
export function mention(declaration: Declaration): string {
    return `${declaration.kind} '${declaration.qualifiedName}'`;
}

/** How messages name a policy, which has no name of its own. */
export function policyLabel(policy: Policy): string {
    return policy.package === '' ? 'The policy of the root package' : `The policy of package '${policy.package}'`;
}

export function finding(rule: RuleId, element: Declaration, location: SourceLocation, message: string): RawFinding {
    return { rule, message, location, element: element.qualifiedName };
}

/** `a, b and c`; beyond `limit` items, `a, b, c and 4 more`, so a huge cycle keeps messages short. */
export function listing(items: readonly string[], limit = 5): string {
    if (items.length > limit) return `${items.slice(0, limit).join(', ')} and ${items.length - limit} more`;
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Decimal scores make `threshold - tolerance` inexact (64.4 - 10 = 54.400000000000006). */
const EPSILON = 1e-9;

/** True when `value` falls short of `threshold` by more than `tolerance` points: a gap of exactly the tolerance does not count. */
export function isBelowBeyondTolerance(value: number, threshold: number, tolerance: number): boolean {
    return threshold - value > tolerance + EPSILON;
}

/**
 * Each service once, by qualified name: the first declared, which references resolve to. Rules
 * that report per service read the index by name, and must not report twice when two services
 * share one (`duplicate-name` reports that).
 */
export function distinctServices(index: WorkspaceIndex): readonly Service[] {
    return index.derived(DISTINCT_SERVICES);
}

const DISTINCT_SERVICES: Derived<Service[]> = {
    // The one a reference to the name resolves to: the first declared. A look-up, not a scan, so that a document's view can ask.
    compute: index => index.all('service').filter(service => index.declared(service.qualifiedName, 'service') === service),
    perDocument: true
};
