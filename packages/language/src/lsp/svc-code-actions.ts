import type { LangiumDocument, LangiumDocuments, AstReflection } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Diagnostic } from 'vscode-languageserver';
import { hasQuickFix, isRuleId, type Finding, type QuickFixRuleId } from '@svc-lang/core';
import { toDiagnostic } from './diagnostics-publisher.js';
import type { SvcServices } from '../svc-module.js';
import type { WorkspaceAnalysis } from '../workspace/workspace-analysis.js';
import { alignmentIncomplete, changeUnanswered, gapUnanswered, needStale, qualityUnaddressed } from './quick-fixes/alignment-stubs.js';
import { duplicateScore, effectClaimMismatch, unresolvedImport } from './quick-fixes/corrections.js';
import { WorkspaceView, type FixBuilder } from './quick-fixes/fix-context.js';
import { serviceUnmanaged, specUnsigned } from './quick-fixes/list-additions.js';
import { unresolvedReference } from './quick-fixes/missing-declaration.js';
import { metricUnmapped, requirementUncommitted, specBelowNeed } from './quick-fixes/spec-values.js';
import { needUncovered, specMissing } from './quick-fixes/stubs.js';

/**
 * The builder of each rule whose definition declares a quick fix, by rule id (the diagnostic's
 * `code`). Keyed by the catalogue's own type, so that a declared fix without a builder, or a
 * builder for a rule that declares none, does not compile.
 */
const FIXES: Record<QuickFixRuleId, FixBuilder> = {
    'need-uncovered': needUncovered,
    'need-stale': needStale,
    'gap-unanswered': gapUnanswered,
    'change-unanswered': changeUnanswered,
    'service-unmanaged': serviceUnmanaged,
    'spec-missing': specMissing,
    'spec-unsigned': specUnsigned,
    'metric-unmapped': metricUnmapped,
    'spec-below-need': specBelowNeed,
    'requirement-uncommitted': requirementUncommitted,
    'quality-unaddressed': qualityUnaddressed,
    'duplicate-score': duplicateScore,
    'alignment-incomplete': alignmentIncomplete,
    'effect-claim-mismatch': effectClaimMismatch,
    'unresolved-reference': unresolvedReference,
    'unresolved-import': unresolvedImport
};

/** The quick-fix builder for a diagnostic's `code`, when it names a rule that has one. */
function builderFor(code: unknown): FixBuilder | undefined {
    return typeof code === 'string' && isRuleId(code) && hasQuickFix(code) ? FIXES[code] : undefined;
}

/**
 * The finding a client's diagnostic stands for: same rule, on an overlapping line. Lines, not
 * columns: a client that counts columns in bytes (Neovim before 0.10) sends other columns on a
 * line with non-ASCII text. Of several on those lines, the one starting nearest wins.
 */
function findingFor(findings: readonly Finding[], reported: Diagnostic): Finding | undefined {
    const { start, end } = reported.range;
    let best: Finding | undefined;
    let distance = Infinity;
    for (const finding of findings) {
        const range = finding.location.range;
        if (finding.rule !== reported.code || range.start.line > end.line || range.end.line < start.line) continue;
        const d = Math.abs(range.start.line - start.line) * 1e6 + Math.abs(range.start.character - start.character);
        if (d < distance) [best, distance] = [finding, d];
    }
    return best;
}

/**
 * Quick fixes for svc diagnostics. Fixes work from the same analysis that published the
 * diagnostics, so what a fix reads (coverage, requirements, visibility) is what the rule saw.
 */
export class SvcCodeActionProvider implements CodeActionProvider {
    private readonly analysis: WorkspaceAnalysis;
    private readonly documents: LangiumDocuments;
    private readonly reflection: AstReflection;
    /** The view of the last analysed model: a cursor moving within one state reuses its index. */
    private cached: WorkspaceView | undefined;

    constructor(services: SvcServices) {
        this.analysis = services.analysis.WorkspaceAnalysis;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.reflection = services.shared.AstReflection;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const fixable = params.context.diagnostics.flatMap(reported => {
            const build = reported.source === 'svc' ? builderFor(reported.code) : undefined;
            return build ? [{ reported, build }] : [];
        });
        if (fixable.length === 0) return [];
        const analysis = this.analysis.current();
        const findings = analysis.findingsByUri.get(document.uri.toString()) ?? [];
        const view = this.view();
        return fixable.flatMap(({ reported, build }) => {
            const finding = findingFor(findings, reported);
            return finding ? build({ document, diagnostic: toDiagnostic(finding), reported, view }) : [];
        });
    }

    private view(): WorkspaceView {
        const analysis = this.analysis.current();
        if (this.cached?.model !== analysis.model) this.cached = new WorkspaceView(analysis, this.documents, this.reflection);
        return this.cached;
    }
}
