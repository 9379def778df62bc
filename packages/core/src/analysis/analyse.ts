import type { Finding, RawFinding } from '../findings.js';
import type { DocumentModel, SourceLocation, WorkspaceModel } from '../model.js';
import { capFindings, type OmittedCounts } from './cap.js';
import { computeIndicators, type Indicators } from './indicators.js';
import { WorkspaceIndex } from './index.js';
import { resolveFindings, Settings, type AnalysisOptions } from './policy.js';
import { CHECKED_RULES, type RuleId } from '../rules.js';
import type { RuleCheck } from './rules/shared.js';
import type { DocumentRuleCache } from './document-rules.js';

/**
 * One analysis of one workspace revision: what every client reads (diagnostics, every editor
 * feature, quick fixes, diagrams, the status bar, the CLI's reports), so that none of them
 * indexes the model or resolves policy again, and none can disagree with another.
 */
export interface Analysis {
    readonly model: WorkspaceModel;
    /** Built once, here: rules, indicators, diagrams and editor features look things up in it. */
    readonly index: WorkspaceIndex;
    /** Policy, overrides (CLI options or editor settings) and today, resolved per package. */
    readonly settings: Settings;
    /** Policy applied, suppressions removed, sorted by URI, line, column and rule; at most `maxFindingsPerFile` per document. */
    readonly findings: readonly Finding[];
    /** `findings` by document URI, with an empty list for every user document without any. */
    readonly findingsByUri: ReadonlyMap<string, readonly Finding[]>;
    /** Findings left out by `maxFindingsPerFile`, by severity. */
    readonly omitted: OmittedCounts;
    /** Every finding of the workspace by severity, those the cap left out included: the one count every client shows. */
    readonly counts: OmittedCounts;
    /** Computed when first read (`lazyFields`). */
    readonly indicators: Indicators;
    /** Checks that threw (each also reported as an `internal-error` finding), for the log. */
    readonly failures: InternalFailure[];
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
    const cache = options.documentRules;
    cache?.startAnalysis(index, options);
    for (const { id: rule, check, scope } of CHECKED_RULES) {
        // A rule switched off on the command line is off everywhere: skip its work.
        if (options.overrides?.rules?.[rule] === 'off') continue;
        try {
            // Collected first, so that a rule failing half-way adds nothing half-done.
            const found = scope === 'document' && cache ? perDocument(index, settings, rule, check, cache) : check(index, settings);
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

/**
 * A document-scoped rule's findings, document by document: kept ones for the documents that
 * neither changed nor read a changed name, new ones for the rest (`DocumentRuleCache`).
 */
function perDocument(index: WorkspaceIndex, settings: Settings, rule: RuleId, check: RuleCheck, cache: DocumentRuleCache): RawFinding[] {
    const found: RawFinding[] = [];
    const fresh: [DocumentModel, readonly RawFinding[]][] = [];
    for (const document of index.model.documents) {
        let findings = cache.get(document, rule);
        if (!findings) {
            findings = check(cache.viewOf(index, document), settings);
            fresh.push([document, findings]);
        }
        for (const finding of findings) found.push(finding);
    }
    // Kept only once every document succeeded: a rule that throws keeps nothing half-done.
    for (const [document, findings] of fresh) cache.set(document, rule, findings);
    return found;
}

/** The `internal-error` finding for a failure, at the top of the document it concerns. */
export function internalErrorFinding(failure: InternalFailure, uri: string): RawFinding {
    const reason = failure.error instanceof Error ? failure.error.message : String(failure.error);
    const top = { line: 0, character: 0 };
    const location: SourceLocation = { uri, range: { start: top, end: top } };
    return {
        rule: 'internal-error',
        message: `svc failed while ${failure.activity} (${reason}); the report may be incomplete. This is a bug in svc.`,
        location
    };
}

function firstUserDocument(index: WorkspaceIndex): string | undefined {
    return index.model.documents.find(document => !document.builtin)?.uri;
}

/**
 * Runs every model-level rule, applies policy, and computes the indicators. `external` raw
 * findings (`syntax`, `unresolved-reference` from the parser and linker) go through the same
 * policy pass, which saves indexing the workspace a second time through `applyPolicy`.
 */
export function analyseWorkspace(model: WorkspaceModel, options: AnalysisOptions, external: readonly RawFinding[] = []): Analysis {
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
    return {
        model,
        index,
        settings,
        findings,
        findingsByUri: byDocument(model, findings),
        omitted,
        counts: countBySeverity(findings, omitted),
        indicators: computeIndicators(index, settings),
        failures
    };
}

function byDocument(model: WorkspaceModel, findings: readonly Finding[]): Map<string, Finding[]> {
    const map = new Map<string, Finding[]>(model.documents.filter(document => !document.builtin).map(document => [document.uri, []]));
    for (const finding of findings) map.get(finding.location.uri)?.push(finding);
    return map;
}

function countBySeverity(findings: readonly Finding[], omitted: OmittedCounts): OmittedCounts {
    const counts = { ...omitted };
    for (const finding of findings) counts[finding.severity]++;
    return counts;
}
