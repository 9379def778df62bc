import { alignmentIncomplete, alignmentUnaccountable, alignmentUnmeasured, responseLate } from './alignment.js';
import { changeUnanswered, changeUnlinked, gapUnanswered, needStale, needUncovered } from './coverage.js';
import {
    assessmentOneSided,
    experienceBelowExpectation,
    experienceBelowNeed,
    experienceBelowSpec,
    qualityUnaddressed
} from './experience.js';
import { duplicateName, unknownRule } from './names.js';
import { perspectiveMissing, policyDuplicate } from './required.js';
import type { RuleCheck } from './shared.js';
import {
    commitmentUnassessed,
    metricUnmapped,
    specBelowExpectation,
    specBelowNeed,
    specMissing,
    specUnsigned
} from './specs.js';
import { serviceUnmanaged, servicePurposeless, serviceUnsupported, supportCycle, supportInverted } from './stack.js';
import { invalidValue, scoreRange } from './values.js';

export interface RuleEntry {
    rule: string;
    check: RuleCheck;
}

/**
 * Every model-level rule with its check, in the order of the language reference. `syntax` and
 * `unresolved-reference` come from the parser and linker, outside core.
 */
export const RULE_CHECKS: readonly RuleEntry[] = [
    { rule: 'need-uncovered', check: needUncovered },
    { rule: 'need-stale', check: needStale },
    { rule: 'gap-unanswered', check: gapUnanswered },
    { rule: 'change-unanswered', check: changeUnanswered },
    { rule: 'change-unlinked', check: changeUnlinked },
    { rule: 'service-purposeless', check: servicePurposeless },
    { rule: 'service-unsupported', check: serviceUnsupported },
    { rule: 'support-inverted', check: supportInverted },
    { rule: 'support-cycle', check: supportCycle },
    { rule: 'service-unmanaged', check: serviceUnmanaged },
    { rule: 'spec-missing', check: specMissing },
    { rule: 'spec-unsigned', check: specUnsigned },
    { rule: 'metric-unmapped', check: metricUnmapped },
    { rule: 'commitment-unassessed', check: commitmentUnassessed },
    { rule: 'spec-below-need', check: specBelowNeed },
    { rule: 'spec-below-expectation', check: specBelowExpectation },
    { rule: 'experience-below-spec', check: experienceBelowSpec },
    { rule: 'experience-below-expectation', check: experienceBelowExpectation },
    { rule: 'experience-below-need', check: experienceBelowNeed },
    { rule: 'quality-unaddressed', check: qualityUnaddressed },
    { rule: 'assessment-one-sided', check: assessmentOneSided },
    { rule: 'alignment-incomplete', check: alignmentIncomplete },
    { rule: 'alignment-unaccountable', check: alignmentUnaccountable },
    { rule: 'alignment-unmeasured', check: alignmentUnmeasured },
    { rule: 'response-late', check: responseLate },
    { rule: 'score-range', check: scoreRange },
    { rule: 'duplicate-name', check: duplicateName },
    { rule: 'unknown-rule', check: unknownRule },
    { rule: 'invalid-value', check: invalidValue },
    { rule: 'perspective-missing', check: perspectiveMissing },
    { rule: 'policy-duplicate', check: policyDuplicate }
];
