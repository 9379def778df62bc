import type { Severity } from './model.js';

/** One entry of the rule catalogue: the contract users configure with `rule <id> <severity>`. */
export interface RuleInfo {
    id: string;
    defaultSeverity: Severity;
    /** One sentence: what the rule reports. Shown in SARIF, hover and the README. */
    description: string;
    /** What the quick fix does, where the language reference gives one. */
    quickFix?: string;
}

const catalogue = [
    rule('need-uncovered', 'error', 'No service covers the need (through `addresses` or an alignment\'s `aligns`).', 'Create a service stub that addresses it'),
    rule('need-stale', 'warning', 'The need was raised longer ago than `maxResponseDays` and no alignment aligns it.', 'Create an alignment stub'),
    rule('gap-unanswered', 'warning', 'No alignment responds to the gap.', 'Create an alignment stub'),
    rule('change-unanswered', 'error', 'No alignment responds to the external change.', 'Create an alignment stub'),
    rule('change-unlinked', 'warning', 'The change affects no need.'),
    rule('service-purposeless', 'warning', 'The service covers no need, supports no purposeful service and manages none.'),
    rule('service-unsupported', 'warning', 'A business-level service reaches no core IT service through `supportedBy`.'),
    rule('support-inverted', 'warning', '`supportedBy` names a service at a higher stack level.'),
    rule('support-cycle', 'error', 'The service lies on a `supportedBy` cycle.'),
    rule('service-unmanaged', 'warning', 'No service-management service manages the service.', 'Add it to an existing management service'),
    rule('spec-missing', 'warning', 'A service that covers a need has no spec.', 'Create a spec stub'),
    rule('spec-unsigned', 'warning', 'No business stakeholder has agreed the spec.', 'Add a business stakeholder'),
    rule('metric-unmapped', 'warning', 'The metric names no property it `measures`.', 'Add `measures` with a property'),
    rule('commitment-unassessed', 'warning', 'No assessment of the service scores a committed property.'),
    rule('spec-below-need', 'warning', 'The spec commits less than the need requires, beyond the tolerance.', 'Raise the commitment'),
    rule('spec-below-expectation', 'warning', 'The spec commits less than the business expects, beyond the tolerance.'),
    rule('experience-below-spec', 'warning', 'The assessed experience is below the spec\'s commitment, beyond the tolerance.'),
    rule('experience-below-expectation', 'warning', 'The assessed experience is below what the business expects, beyond the tolerance (SERVQUAL gap 5).'),
    rule('experience-below-need', 'error', 'The assessed experience is below what the need requires, beyond the tolerance.'),
    rule('quality-unaddressed', 'warning', 'The assessment shows experience below spec, expectation or need and no alignment responds to it.', 'Create an alignment stub'),
    rule('assessment-one-sided', 'warning', 'The assessment has no assessors, or all share one perspective (no triangulation).'),
    rule('alignment-incomplete', 'error', 'The alignment lacks governance, risk or resources.', 'Insert the missing blocks'),
    rule('alignment-unaccountable', 'warning', 'The alignment\'s governance lacks an accountable stakeholder of the business or of IT (alignment is shared).'),
    rule('alignment-unmeasured', 'info', 'The alignment records no `tbe before … after …`.'),
    rule('response-late', 'warning', 'The alignment responded later than `maxResponseDays` after what it responds to.'),
    rule('score-range', 'error', 'A score lies outside 0–100.'),
    rule('duplicate-name', 'error', 'Two declarations share a qualified name.'),
    rule('unknown-rule', 'error', 'A `rule` setting or `svc-ignore` comment names no rule.'),
    rule('unresolved-reference', 'error', 'A name does not resolve to a declaration of the expected kind.', 'Create the missing declaration'),
    rule('invalid-value', 'error', 'A value is not valid: a date not on the calendar (2010-02-30), a percentage outside 0–100, a currency that is not three capital letters, a fractional head count, a negative tolerance.'),
    rule('perspective-missing', 'error', 'A stakeholder has no `perspective` (business or it), which the language requires.'),
    rule('policy-duplicate', 'error', 'A package has more than one policy; only the first counts.'),
    rule('syntax', 'error', 'The text does not follow the .svc grammar.'),
    rule('internal-error', 'error', 'svc itself failed while checking (a bug): the other checks still ran, but the report may be incomplete.'),
    rule('too-many-diagnostics', 'info', 'A file has more than 1,000 diagnostics: only 1,000 are reported, errors first.')
] as const satisfies readonly RuleInfo[];

function rule(id: string, defaultSeverity: Severity, description: string, quickFix?: string): RuleInfo {
    return quickFix === undefined ? { id, defaultSeverity, description } : { id, defaultSeverity, description, quickFix };
}

/** Every rule, in the order of the language reference. */
export const RULES: readonly RuleInfo[] = catalogue;

const byId = new Map(RULES.map(info => [info.id, info]));

export function findRule(id: string): RuleInfo | undefined {
    return byId.get(id);
}

export function isRuleId(id: string): boolean {
    return byId.has(id);
}
