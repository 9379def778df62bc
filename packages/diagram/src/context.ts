import type { Analysis, Declaration, DeclarationKind, DeclarationOf, Settings, WorkspaceIndex } from '@svc-lang/core';
import { Marks } from './marks.js';
import { describeScope, scopeFilter, WHOLE_WORKSPACE, type DiagramScope, type ScopeFilter } from './scope.js';

/**
 * What every view is drawn from: one analysis (the language server's, or `validateFiles`'s in
 * the CLI). Its index and its settings (policy, editor or CLI overrides, today) are the ones the
 * findings came from, so a diagram never disagrees with the diagnostics beside it.
 */
export type DiagramInput = Pick<Analysis, 'model' | 'index' | 'settings' | 'findings' | 'indicators'>;

/** The analysis with the findings arranged for marking, and the part of it the views draw. */
export class Context {
    readonly index: WorkspaceIndex;
    readonly marks: Marks;
    readonly settings: Settings;
    private readonly inScope: ScopeFilter;

    constructor(
        readonly input: DiagramInput,
        readonly scope: DiagramScope = WHOLE_WORKSPACE
    ) {
        this.index = input.index;
        this.marks = new Marks(input.findings, this.index);
        this.settings = input.settings;
        this.inScope = scopeFilter(this.index, scope);
    }

    /** The user declarations of one kind that the scope takes in, in workspace order: what a view draws. */
    drawn<K extends DeclarationKind>(kind: K): DeclarationOf<K>[] {
        const all = this.index.all(kind);
        return this.scope.kind === 'workspace' ? all : all.filter(this.inScope);
    }

    /**
     * A view's subtitle. Its figures are the workspace's indicators, whatever the scope; a scoped
     * view says first what it shows, so nobody reads them as the figures of the part drawn.
     */
    subtitle(figures: string): string {
        return this.scope.kind === 'workspace' ? figures : `Showing ${describeScope(this.scope)} · workspace: ${figures}`;
    }

    /** The date "now" for the package's elements, or undefined when neither a policy nor the analysis gives one. */
    asOf(pkg: string): string | undefined {
        const asOf = this.settings.forPackage(pkg).asOf;
        return asOf === '' ? undefined : asOf;
    }
}

/** What a reader calls a declaration: its title where it has one (a blank title is none). */
export function labelOf(declaration: Declaration): string {
    return declaration.title?.trim() || declaration.name;
}

/** The tooltip's first lines: the qualified name, and the title when there is one. */
export function describe(declaration: Declaration): string[] {
    const kind = `${declaration.kind} ${declaration.qualifiedName}`;
    return declaration.title?.trim() ? [kind, declaration.title] : [kind];
}
