import type { LangiumDocument, LangiumDocuments, AstReflection } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams } from 'vscode-languageserver';
import type { SvcServices } from '../svc-module.js';
import type { WorkspaceAnalysis } from '../workspace/workspace-analysis.js';
import { alignmentIncomplete, changeUnanswered, gapUnanswered, needStale, qualityUnaddressed } from './quick-fixes/alignment-stubs.js';
import { WorkspaceView, type FixBuilder } from './quick-fixes/fix-context.js';
import { serviceUnmanaged, specUnsigned } from './quick-fixes/list-additions.js';
import { unresolvedReference } from './quick-fixes/missing-declaration.js';
import { metricUnmapped, specBelowNeed } from './quick-fixes/spec-values.js';
import { needUncovered, specMissing } from './quick-fixes/stubs.js';

/** The quick fix of each rule that the language reference gives one for, by rule id (the diagnostic's `code`). */
const FIXES = new Map<string, FixBuilder>([
    ['need-uncovered', needUncovered],
    ['need-stale', needStale],
    ['gap-unanswered', gapUnanswered],
    ['change-unanswered', changeUnanswered],
    ['service-unmanaged', serviceUnmanaged],
    ['spec-missing', specMissing],
    ['spec-unsigned', specUnsigned],
    ['metric-unmapped', metricUnmapped],
    ['spec-below-need', specBelowNeed],
    ['quality-unaddressed', qualityUnaddressed],
    ['alignment-incomplete', alignmentIncomplete],
    ['unresolved-reference', unresolvedReference]
]);

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
        const fixable = params.context.diagnostics.filter(d => d.source === 'svc' && typeof d.code === 'string' && FIXES.has(d.code));
        if (fixable.length === 0) return [];
        const view = this.view();
        return fixable.flatMap(diagnostic => FIXES.get(diagnostic.code as string)!({ document, diagnostic, view }));
    }

    private view(): WorkspaceView {
        const { model } = this.analysis.current();
        if (this.cached?.model !== model) this.cached = new WorkspaceView(model, this.documents, this.reflection);
        return this.cached;
    }
}
