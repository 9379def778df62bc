import type { Finding, RawFinding } from '../findings.js';
import type { WorkspaceModel } from '../model.js';
import { computeIndicators, type Indicators } from './indicators.js';
import { WorkspaceIndex } from './index.js';
import { resolveFindings, Settings, type AnalysisOptions } from './policy.js';
import { RULE_CHECKS } from './rules/table.js';

export interface AnalysisResult {
    findings: Finding[];
    indicators: Indicators;
}

/** Every model-level rule's raw findings, before policy. */
export function runRules(index: WorkspaceIndex, settings: Settings, options: AnalysisOptions): RawFinding[] {
    const raw: RawFinding[] = [];
    for (const { rule, check } of RULE_CHECKS) {
        // A rule switched off on the command line is off everywhere: skip its work.
        if (options.overrides?.rules?.[rule] === 'off') continue;
        for (const finding of check(index, settings)) raw.push(finding);
    }
    return raw;
}

/**
 * Runs every model-level rule, applies policy, and computes the indicators. `external` raw
 * findings (`syntax`, `unresolved-reference` from the parser and linker) go through the same
 * policy pass, which saves indexing the workspace a second time through `applyPolicy`.
 */
export function analyseWorkspace(model: WorkspaceModel, options: AnalysisOptions, external: readonly RawFinding[] = []): AnalysisResult {
    const index = new WorkspaceIndex(model);
    const settings = new Settings(index, options);
    const raw = runRules(index, settings, options);
    for (const finding of external) raw.push(finding);
    return {
        findings: resolveFindings(index, settings, raw),
        indicators: computeIndicators(index)
    };
}
