import { Settings, WorkspaceIndex, type Declaration, type Finding, type Indicators, type WorkspaceModel } from '@svc/core';
import { Marks } from './marks.js';

/** What every view is drawn from: the output of one analysis (as `validateFiles` returns it). */
export interface DiagramInput {
    model: WorkspaceModel;
    findings: Finding[];
    indicators: Indicators;
}

/** The model indexed once per render, with the findings arranged for marking. */
export class Context {
    readonly index: WorkspaceIndex;
    readonly marks: Marks;
    readonly settings: Settings;

    /** `today` is what the analysis took as today: the `asOf` of packages whose policy sets none. */
    constructor(readonly input: DiagramInput, today: string | undefined) {
        this.index = new WorkspaceIndex(input.model);
        this.marks = new Marks(input.findings, this.index);
        this.settings = new Settings(this.index, { today: today ?? '' });
    }

    /** The date "now" for the package's elements, or undefined when neither a policy nor the caller gives one. */
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
