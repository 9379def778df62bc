import type { Severity, SeveritySetting } from './model.js';
import {
    alignmentIncomplete,
    alignmentUnaccountable,
    alignmentUnmeasured,
    datesOutOfOrder,
    effectClaimMismatch,
    responseLate
} from './analysis/rules/alignment.js';
import { changeStale, changeUnanswered, changeUnlinked, gapUnanswered, needStale, needUncovered } from './analysis/rules/coverage.js';
import {
    assessmentOneSided,
    experienceBelowExpectation,
    experienceBelowNeed,
    experienceBelowSpec,
    perceptionGap,
    qualityUnaddressed
} from './analysis/rules/experience.js';
import { duplicateName, unknownRule, unresolvedImport } from './analysis/rules/names.js';
import { perspectiveMissing, policyDuplicate } from './analysis/rules/required.js';
import type { RuleCheck } from './analysis/rules/shared.js';
import {
    commitmentUnassessed,
    metricUnmapped,
    requirementUncommitted,
    specBelowExpectation,
    specBelowNeed,
    specMissing,
    specUnsigned,
    supersedesOtherService
} from './analysis/rules/specs.js';
import { serviceUnmanaged, servicePurposeless, serviceUnsupported, supportCycle, supportInverted } from './analysis/rules/stack.js';
import { duplicateScore, invalidValue, scoreRange } from './analysis/rules/values.js';

/**
 * Everything svc knows about one rule, in one object: the contract users configure with
 * `rule <id> <severity>`, how core finds it, and what the documentation says about it
 * (`npm run docs:rules` writes the README's and the language reference's tables and the
 * editor's settings from these objects).
 */
export interface RuleDefinition<Id extends string = RuleId> {
    /** The LSP `code`, the SARIF `ruleId`, the name in `rule <id> <severity>` and `// svc-ignore`: never rename one. */
    readonly id: Id;
    readonly defaultSeverity: Severity;
    /** One sentence: what the rule reports. Shown in SARIF, hover, completion and the README. */
    readonly description: string;
    /**
     * The rule's row in the language reference's rule table (docs/language.md): when it fires and
     * what a diagnostic underlines. Absent for the rules svc adds where the reference is silent.
     */
    readonly reference?: { readonly firesWhen: string; readonly range: string };
    /**
     * What the quick fix does. A rule that declares one needs a builder in packages/language's
     * `FIXES`, and the compiler insists.
     */
    readonly quickFix?: string;
    /**
     * Finds the rule's raw findings in the model. Absent for the rules reported outside the checks:
     * by the parser (`syntax`), the linker (`unresolved-reference`) and the analysis itself.
     */
    readonly check?: RuleCheck;
    /**
     * `document`: the check reads its subjects (`declarations`, `policies`, `all`) and looks the
     * rest up through the index by name, never through the whole model or data derived from the
     * whole workspace. The language server then runs it per document, on the document's own
     * subjects, and keeps its findings until the document, or a name it looked up, changes
     * (analysis/document-rules.ts). Absent: the check runs on the whole workspace every time.
     */
    readonly scope?: 'document';
}

const catalogue = [
    {
        id: 'need-uncovered',
        defaultSeverity: 'error',
        description: "No service covers the need (through `addresses` or an alignment's `aligns`).",
        reference: { firesWhen: 'no service covers the need', range: "need's name" },
        quickFix: 'Create a service stub that addresses it',
        check: needUncovered
    },
    {
        id: 'need-stale',
        defaultSeverity: 'warning',
        description: 'The need was raised longer ago than `maxResponseDays` and no alignment has responded to it yet (a planned one does not count).',
        reference: { firesWhen: 'the need has `raised`, no first response, and `asOf` − raised > maxResponseDays', range: "need's name" },
        quickFix: 'Create an alignment stub that aligns it (with `decided`, no `responded`: the finding stays until the response is delivered)',
        check: needStale,
        scope: 'document'
    },
    {
        id: 'gap-unanswered',
        defaultSeverity: 'warning',
        description: 'No alignment responds to the gap.',
        reference: { firesWhen: 'no alignment `respondsTo` the gap', range: "gap's name" },
        quickFix: 'Create an alignment stub',
        check: gapUnanswered,
        scope: 'document'
    },
    {
        id: 'change-unanswered',
        defaultSeverity: 'error',
        description: 'No alignment responds to the external change.',
        reference: { firesWhen: 'no alignment `respondsTo` the change', range: "change's name" },
        quickFix: 'Create an alignment stub',
        check: changeUnanswered,
        scope: 'document'
    },
    {
        id: 'change-stale',
        defaultSeverity: 'warning',
        description: 'An alignment responds to the change, but none has responded yet, longer than `maxResponseDays` after it happened.',
        reference: {
            firesWhen:
                'a change that some alignment `respondsTo` (so `change-unanswered` is silent) has no first response, and `asOf` − date > maxResponseDays',
            range: "change's name"
        },
        check: changeStale,
        scope: 'document'
    },
    {
        id: 'change-unlinked',
        defaultSeverity: 'warning',
        description: 'The change affects no need.',
        reference: { firesWhen: 'the change `affects` no need', range: "change's name" },
        check: changeUnlinked,
        scope: 'document'
    },
    {
        id: 'service-purposeless',
        defaultSeverity: 'warning',
        description: 'The service covers no need, supports no purposeful service and manages none.',
        reference: {
            firesWhen:
                'the service is not purposeful: a service is purposeful when it covers a need, or is named in `supportedBy` of a purposeful service, or `manages` a purposeful service',
            range: "service's name"
        },
        check: servicePurposeless
    },
    {
        id: 'service-unsupported',
        defaultSeverity: 'warning',
        description: 'A business-level service reaches no core IT service through `supportedBy`.',
        reference: {
            firesWhen:
                'a service at `business-engineering`, `business-process-engineering` or `business-process-execution` reaches no core IT service (`service-design`, `development`, `it-operations`) through `supportedBy`, transitively',
            range: "service's name"
        },
        check: serviceUnsupported
    },
    {
        id: 'support-inverted',
        defaultSeverity: 'warning',
        description: '`supportedBy` names a service at a higher stack level.',
        reference: { firesWhen: '`supportedBy` names a service at a higher level', range: 'that reference' },
        check: supportInverted,
        scope: 'document'
    },
    {
        id: 'support-cycle',
        defaultSeverity: 'error',
        description: 'The service lies on a `supportedBy` cycle.',
        reference: { firesWhen: 'the service lies on a `supportedBy` cycle', range: "service's name (every service on the cycle)" },
        check: supportCycle
    },
    {
        id: 'service-unmanaged',
        defaultSeverity: 'warning',
        description: 'No service-management service manages the service.',
        reference: { firesWhen: 'a service not at `service-management` that no `service-management` service `manages`', range: "service's name" },
        quickFix: 'Add it to an existing management service',
        check: serviceUnmanaged,
        scope: 'document'
    },
    {
        id: 'spec-missing',
        defaultSeverity: 'warning',
        description: 'A service that covers a need has no spec.',
        reference: { firesWhen: 'a service that covers a need has no spec', range: "service's name" },
        quickFix: 'Create a spec stub',
        check: specMissing,
        scope: 'document'
    },
    {
        id: 'spec-unsigned',
        defaultSeverity: 'warning',
        description: 'No business stakeholder has agreed the spec.',
        reference: { firesWhen: 'no `business` stakeholder is among `agreedBy` (or there is no `agreedBy`)', range: "spec's name" },
        quickFix: 'Add a business stakeholder',
        check: specUnsigned,
        scope: 'document'
    },
    {
        id: 'metric-unmapped',
        defaultSeverity: 'warning',
        description: 'The metric names no property it `measures`.',
        reference: { firesWhen: 'a metric has no `measures`', range: "the metric's name" },
        quickFix: 'Add `measures` with a property',
        check: metricUnmapped,
        scope: 'document'
    },
    {
        id: 'supersedes-other-service',
        defaultSeverity: 'error',
        description: '`supersedes` names a spec of another service, and so has no effect.',
        reference: { firesWhen: '`supersedes` names a spec of another service (such a `supersedes` has no effect)', range: 'the reference' },
        check: supersedesOtherService,
        scope: 'document'
    },
    {
        id: 'commitment-unassessed',
        defaultSeverity: 'warning',
        description: 'No assessment by the business (business, joint or unattributed) of the service scores a property a current spec commits.',
        reference: {
            firesWhen: 'a property a current spec commits that no business, joint or unattributed assessment of the service scores (in range)',
            range: 'that commitment'
        },
        check: commitmentUnassessed,
        scope: 'document'
    },
    {
        id: 'spec-below-need',
        defaultSeverity: 'warning',
        description: 'The spec commits less than the need requires, beyond the tolerance.',
        reference: { firesWhen: 'commitment < `requires` − tolerance, for a need the service covers', range: 'that commitment' },
        quickFix: 'Raise the commitment',
        check: specBelowNeed,
        scope: 'document'
    },
    {
        id: 'spec-below-expectation',
        defaultSeverity: 'warning',
        description: 'The spec commits less than the business expects, beyond the tolerance.',
        reference: { firesWhen: 'commitment < `expects` − tolerance, for a need the service covers', range: 'that commitment' },
        check: specBelowExpectation,
        scope: 'document'
    },
    {
        id: 'requirement-uncommitted',
        defaultSeverity: 'warning',
        description: 'A need requires a property that no current spec of the services covering it commits, so the need→spec gap cannot be measured.',
        reference: {
            firesWhen:
                'a need `requires` property P, at least one service covering it has a current spec, and no current spec of any service covering it commits P (the need→spec gap cannot even be measured)',
            range: "the property name in the need's `requires`"
        },
        quickFix:
            'Add `P <required score>` to the commits of the last current spec (workspace order) of the first covering service (workspace order) that has one',
        check: requirementUncommitted,
        scope: 'document'
    },
    {
        id: 'experience-below-spec',
        defaultSeverity: 'warning',
        description: "The business experience is below a current spec's commitment, beyond the tolerance.",
        reference: { firesWhen: "the business experience < a current spec's commitment − tolerance", range: 'that score' },
        check: experienceBelowSpec,
        scope: 'document'
    },
    {
        id: 'experience-below-expectation',
        defaultSeverity: 'warning',
        description: 'The business experience is below what the business expects, beyond the tolerance (SERVQUAL gap 5).',
        reference: { firesWhen: 'the business experience < `expects` − tolerance, for a need the service covers (SERVQUAL gap 5)', range: 'that score' },
        check: experienceBelowExpectation,
        scope: 'document'
    },
    {
        id: 'experience-below-need',
        defaultSeverity: 'error',
        description: 'The business experience is below what the need requires, beyond the tolerance.',
        reference: { firesWhen: 'the business experience < `requires` − tolerance, for a need the service covers', range: 'that score' },
        check: experienceBelowNeed,
        scope: 'document'
    },
    {
        id: 'perception-gap',
        defaultSeverity: 'warning',
        description: "IT's view of a property of a service is above the business experience by more than the tolerance.",
        reference: { firesWhen: 'PG > tolerance for a property of a service', range: 'the IT-view score' },
        check: perceptionGap,
        scope: 'document'
    },
    {
        id: 'quality-unaddressed',
        defaultSeverity: 'warning',
        description: 'The assessment shows experience below spec, expectation or need and no alignment responds to it.',
        reference: { firesWhen: 'the assessment has an `experience-below-*` finding and no alignment `respondsTo` it', range: "assessment's name" },
        quickFix: 'Create an alignment stub',
        check: qualityUnaddressed,
        scope: 'document'
    },
    {
        id: 'assessment-one-sided',
        defaultSeverity: 'warning',
        description: 'The assessment has no assessors, or every assessment of a service is by the business only or by IT only (no triangulation).',
        reference: {
            firesWhen:
                'an assessment has no assessors; or every assessment of a service has the same one-sided view (all `business` or all `it`): no triangulation. A service with a business and an IT assessment, or any joint one, is triangulated.',
            range: "the assessment's name (for a service, its latest assessment's name)"
        },
        check: assessmentOneSided,
        scope: 'document'
    },
    {
        id: 'duplicate-score',
        defaultSeverity: 'error',
        description: 'An assessment scores the same property twice; only the last score counts.',
        reference: { firesWhen: 'an assessment scores the same property twice', range: "the earlier score's property name" },
        quickFix: 'Remove the earlier score',
        check: duplicateScore,
        scope: 'document'
    },
    {
        id: 'alignment-incomplete',
        defaultSeverity: 'error',
        description: 'The alignment lacks governance, risk or resources.',
        reference: { firesWhen: 'governance, risk or resources is missing (one diagnostic naming all that is missing)', range: "alignment's name" },
        quickFix: 'Insert the missing blocks',
        check: alignmentIncomplete,
        scope: 'document'
    },
    {
        id: 'alignment-unaccountable',
        defaultSeverity: 'warning',
        description: "The alignment's governance lacks an accountable stakeholder of the business or of IT (alignment is shared).",
        reference: { firesWhen: '`governance` lacks an accountable stakeholder of either perspective', range: 'the `governance` keyword' },
        check: alignmentUnaccountable,
        scope: 'document'
    },
    {
        id: 'alignment-unmeasured',
        defaultSeverity: 'info',
        description: 'The alignment records no `tbe before … after …`, and no assessments measure its effect.',
        reference: { firesWhen: 'no `tbe before … after …` **and** no measured effect', range: "alignment's name" },
        check: alignmentUnmeasured,
        scope: 'document'
    },
    {
        id: 'effect-claim-mismatch',
        defaultSeverity: 'warning',
        description: "The alignment's claimed TBE before or after differs from what its services' assessments measure, beyond the tolerance.",
        reference: {
            firesWhen: 'the claimed `tbe before` or `after` differs from the measured one by more than tolerance',
            range: 'the claimed number that differs'
        },
        quickFix: 'Replace it with the measured number',
        check: effectClaimMismatch,
        scope: 'document'
    },
    {
        id: 'response-late',
        defaultSeverity: 'warning',
        description: 'The alignment was the first response to a need, change or assessment, later than `maxResponseDays` after it.',
        reference: {
            firesWhen:
                "for a trigger whose **first** response is this alignment, days from the trigger's date to `responded` > maxResponseDays. Triggers here: the needs it `aligns`, the needs of the gaps it `respondsTo`, the changes and the assessments it `respondsTo`. One finding per alignment, naming the slowest such trigger. Re-aligning an already answered need is never late.",
            range: 'the `responded` date'
        },
        check: responseLate,
        scope: 'document'
    },
    {
        id: 'dates-out-of-order',
        defaultSeverity: 'error',
        description: 'An alignment was decided after it responded, or decided or responded before what it answers.',
        reference: {
            firesWhen:
                "an alignment's `decided` is after its `responded`; or its `decided` or `responded` is before the date of something it answers (an aligned need's `raised`, the `raised` of the need of a gap it responds to, a change's `date`, an assessment's `date`)",
            range: "the alignment's own date: `decided` when it is after `responded` or before a trigger's date; `responded` when it is before a trigger's date (both may fire); never the other declaration"
        },
        check: datesOutOfOrder,
        scope: 'document'
    },
    {
        id: 'score-range',
        defaultSeverity: 'error',
        description: 'A score lies outside 0–100.',
        reference: { firesWhen: 'a score outside 0–100', range: 'the number' },
        check: scoreRange,
        scope: 'document'
    },
    {
        id: 'duplicate-name',
        defaultSeverity: 'error',
        description: 'Two declarations share a qualified name.',
        reference: { firesWhen: 'two declarations share a qualified name', range: "each duplicate's name" },
        check: duplicateName
    },
    {
        id: 'unknown-rule',
        defaultSeverity: 'error',
        description: 'A `rule` setting or `svc-ignore` comment names no rule.',
        reference: { firesWhen: 'a `rule` or `svc-ignore` names no rule', range: 'the rule id' },
        check: unknownRule,
        scope: 'document'
    },
    {
        id: 'unresolved-reference',
        defaultSeverity: 'error',
        description: 'A name does not resolve to a declaration of the expected kind.',
        reference: { firesWhen: "a name does not resolve (Langium's linker)", range: 'the reference' },
        quickFix: 'Create the missing declaration'
    },
    {
        id: 'unresolved-import',
        defaultSeverity: 'error',
        description: 'An `import` names a package that no file declares.',
        reference: { firesWhen: '`import p` where no file declares package `p`', range: 'the imported name' },
        quickFix: 'Replace it with the closest declared package, if one is within edit distance 2',
        check: unresolvedImport
    },
    {
        id: 'invalid-value',
        defaultSeverity: 'error',
        description:
            'A value is not valid: a date not on the calendar (2010-02-30), a percentage outside 0–100, a currency that is not three capital letters, a fractional head count, a negative tolerance.',
        check: invalidValue,
        scope: 'document'
    },
    {
        id: 'perspective-missing',
        defaultSeverity: 'error',
        description: 'A stakeholder has no `perspective` (business or it), which the language requires.',
        check: perspectiveMissing,
        scope: 'document'
    },
    {
        id: 'policy-duplicate',
        defaultSeverity: 'error',
        description: 'A package has more than one policy; only the first counts.',
        check: policyDuplicate
    },
    {
        id: 'syntax',
        defaultSeverity: 'error',
        description: 'The text does not follow the .svc grammar.'
    },
    {
        id: 'internal-error',
        defaultSeverity: 'error',
        description: 'svc itself failed while checking (a bug): the other checks still ran, but the report may be incomplete.'
    },
    {
        id: 'too-many-diagnostics',
        defaultSeverity: 'info',
        description: 'A file has more than 1,000 diagnostics: only 1,000 are reported, errors first.'
    }
] as const satisfies readonly RuleDefinition<string>[];

/** The id of a rule of the catalogue. Text users write (`rule`, `svc-ignore`, `--rule`, settings) becomes one through {@link isRuleId}. */
export type RuleId = (typeof catalogue)[number]['id'];

/** The rules whose definition declares a quick fix: the keys of packages/language's `FIXES`. */
export type QuickFixRuleId = Extract<(typeof catalogue)[number], { quickFix: string }>['id'];

/** Severities set per rule, as the CLI's `--rule` and the editor's settings give them. */
export type RuleSeverities = Partial<Record<RuleId, SeveritySetting>>;

/** Every rule, in the order of the language reference. */
export const RULES: readonly RuleDefinition[] = catalogue;

/** The rules core checks in the model, in catalogue order: the ones with a `check`. */
export const CHECKED_RULES = RULES.filter((rule): rule is RuleDefinition & { check: RuleCheck } => rule.check !== undefined);

// A Map, not an object: `constructor` or `__proto__` written in a `rule` line must not look like a rule.
const byId = new Map<string, RuleDefinition>(RULES.map(rule => [rule.id, rule]));

/** The rule a user's text names, if it names one. */
export function findRule(id: string): RuleDefinition | undefined {
    return byId.get(id);
}

export function isRuleId(id: string): id is RuleId {
    return byId.has(id);
}

export function ruleDefinition(id: RuleId): RuleDefinition {
    // Every RuleId is a key of the catalogue, by construction.
    return byId.get(id)!;
}

export function hasQuickFix(id: RuleId): id is QuickFixRuleId {
    return ruleDefinition(id).quickFix !== undefined;
}
