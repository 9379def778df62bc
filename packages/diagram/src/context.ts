import type { Analysis, Declaration, Settings, WorkspaceIndex } from '@svc-lang/core';
import { Marks } from './marks.js';

/**
 * What every view is drawn from: one analysis (the language server's, or `validateFiles`'s in
 * the CLI). Its index and its settings (policy, editor or CLI overrides, today) are the ones the
 * findings came from, so a diagram never disagrees with the diagnostics beside it.
 */
export type DiagramInput = Pick<Analysis, 'model' | 'index' | 'settings' | 'findings' | 'indicators'>;

/** The analysis with the findings arranged for marking. */
export class Context {
    readonly index: WorkspaceIndex;
    readonly marks: Marks;
    readonly settings: Settings;

    constructor(readonly input: DiagramInput) {
        this.index = input.index;
        this.marks = new Marks(input.findings, this.index);
        this.settings = input.settings;
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
