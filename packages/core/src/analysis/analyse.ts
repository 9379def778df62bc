import type { Finding, RawFinding } from '../findings.js';
import type { SourceLocation, WorkspaceModel } from '../model.js';
import { capFindings, type OmittedCounts } from './cap.js';
import { computeIndicators, type Indicators } from './indicators.js';
import { WorkspaceIndex } from './index.js';
import { resolveFindings, Settings, type AnalysisOptions } from './policy.js';
import { RULE_CHECKS } from './rules/table.js';

export interface AnalysisResult {
    findings: Finding[];
    /** Findings left out by `maxFindingsPerFile`, by severity. */
    omitted: OmittedCounts;
    indicators: Indicators;
    /** Checks that threw (each also reported as an `internal-error` finding), for the log. */
    failures: InternalFailure[];
}

/** Something that threw while svc was checking: a bug in svc, never in the user's files. */
export interface InternalFailure {
    /** What svc was doing, for the log and the message: `running rule support-cycle`. */
    activity: string;
    error: unknown;
}

/**
 * Every model-level rule's raw findings, before policy. A rule that throws loses its own
 * findings only: it becomes an `internal-error` finding and a failure, and the others still run.
 */
export function runRules(index: WorkspaceIndex, settings: Settings, options: AnalysisOptions, failures: InternalFailure[] = []): RawFinding[] {
    const raw: RawFinding[] = [];
    for (const { rule, check } of RULE_CHECKS) {
        // A rule switched off on the command line is off everywhere: skip its work.
        if (options.overrides?.rules?.[rule] === 'off') continue;
        try {
            // Collected first, so that a rule failing half-way adds nothing half-done.
            const found = [...check(index, settings)];
            for (const finding of found) raw.push(finding);
        } catch (error) {
            const failure = { activity: `running rule ${rule}`, error };
            failures.push(failure);
            const at = firstUserDocument(index);
            if (at) raw.push(internalErrorFinding(failure, at));
        }
    }
    return raw;
}

/** The `internal-error` finding for a failure, at the top of the document it concerns. */
export function internalErrorFinding(failure: InternalFailure, uri: string): RawFinding {
    const reason = failure.error instanceof Error ? failure.error.message : String(failure.error);
    const top = { line: 0, character: 0 };
    const location: SourceLocation = { uri, range: { start: top, end: top } };
    return { rule: 'internal-error', message: `svc failed while ${failure.activity} (${reason}); the report may be incomplete. This is a bug in svc.`, location };
}

function firstUserDocument(index: WorkspaceIndex): string | undefined {
    return index.model.documents.find(document => !document.builtin)?.uri;
}

/**
 * Runs every model-level rule, applies policy, and computes the indicators. `external` raw
 * findings (`syntax`, `unresolved-reference` from the parser and linker) go through the same
 * policy pass, which saves indexing the workspace a second time through `applyPolicy`.
 */
export function analyseWorkspace(model: WorkspaceModel, options: AnalysisOptions, external: readonly RawFinding[] = []): AnalysisResult {
    const index = new WorkspaceIndex(model);
    const settings = new Settings(index, options);
    const failures: InternalFailure[] = [];
    const raw = runRules(index, settings, options, failures);
    for (const finding of external) raw.push(finding);
    const resolved = resolveFindings(index, settings, raw);
    const { findings, omitted } =
        options.maxFindingsPerFile === undefined
            ? { findings: resolved, omitted: { error: 0, warning: 0, info: 0 } }
            : capFindings(resolved, options.maxFindingsPerFile, index, settings);
    return { findings, omitted, indicators: computeIndicators(index), failures };
}
