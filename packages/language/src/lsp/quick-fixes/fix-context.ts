import type { AstNode, AstReflection, LangiumDocument, LangiumDocuments } from 'langium';
import { URI } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { Analysis, Declaration, DeclarationKind, DeclarationOf, Range, Settings, WorkspaceIndex, WorkspaceModel } from '@svc-lang/core';
import { isSvcFile } from '../../generated/ast.js';
import { lookupPackages, qualify } from '@svc-lang/core';

/** What a fix builder gets: the diagnostic, the document it is in, and the analysed workspace. */
export interface FixContext {
    document: LangiumDocument;
    /** The finding's own diagnostic, whose range the builders match against the model. */
    diagnostic: Diagnostic;
    /** The diagnostic as the client sent it (its columns may count bytes): the one a fix names. */
    reported: Diagnostic;
    view: WorkspaceView;
}

export type FixBuilder = (context: FixContext) => CodeAction[];

/**
 * The analysed workspace as quick fixes see it: the model's index for what the rules know, the
 * Langium documents for where to edit, and the naming rules for what to write.
 */
export class WorkspaceView {
    readonly model: WorkspaceModel;
    readonly index: WorkspaceIndex;
    /** The settings the rules applied: a fix dates what it writes by the `asOf` its finding was judged on. */
    readonly settings: Settings;
    private simpleNames: Set<string> | undefined;

    /** `analysis`: the one the diagnostics came from, whose index the fixes read. */
    constructor(
        analysis: Analysis,
        private readonly documents: LangiumDocuments,
        readonly reflection: AstReflection
    ) {
        this.model = analysis.model;
        this.index = analysis.index;
        this.settings = analysis.settings;
    }

    /** The declaration of `kind` whose range holds the diagnostic: the element the finding is about. */
    subject<K extends DeclarationKind>(context: FixContext, kind: K): DeclarationOf<K> | undefined {
        const owner = this.index.ownerAt({ uri: context.document.uri.toString(), range: context.diagnostic.range });
        return owner?.kind === kind ? (owner as DeclarationOf<K>) : undefined;
    }

    document(uri: string): LangiumDocument | undefined {
        return this.documents.getDocument(URI.parse(uri));
    }

    /** The AST node of a declaration, matched by where it starts. */
    nodeOf(declaration: Declaration): AstNode | undefined {
        const root = this.document(declaration.location.uri)?.parseResult.value;
        const start = declaration.location.range.start;
        return isSvcFile(root)
            ? root.members.find(member => {
                  const at = member.$cstNode?.range.start;
                  return at?.line === start.line && at.character === start.character;
              })
            : undefined;
    }

    /**
     * How a reference to `qualifiedName` is written in the file `uri`: the simple name when it
     * resolves there to that declaration (own package, imports, root, as the scope provider
     * looks), else the qualified name, which always resolves.
     */
    nameFrom(uri: string, qualifiedName: string): string {
        const declaration = this.index.named(qualifiedName)[0];
        const file = this.index.documentOf(uri);
        if (!declaration || !file) return qualifiedName;
        for (const prefix of lookupPackages(file.package, file.imports)) {
            const candidate = qualify(prefix, declaration.name);
            if (this.index.named(candidate).length > 0) return candidate === qualifiedName ? declaration.name : qualifiedName;
        }
        return qualifiedName;
    }

    /** Declarations of `kind` (built-ins included) that their simple name reaches from `uri`, in workspace order. */
    visibleFrom<K extends DeclarationKind>(uri: string, kind: K): DeclarationOf<K>[] {
        return this.model.documents
            .flatMap(doc => doc.declarations)
            .filter((d): d is DeclarationOf<K> => d.kind === kind && this.nameFrom(uri, d.qualifiedName) === d.name);
    }

    /**
     * `base`, or `base2`, `base3`, … : a simple name no declaration in any package has, so the new
     * declaration neither clashes nor shadows what another package's name resolved to.
     */
    freshName(base: string): string {
        this.simpleNames ??= new Set(this.model.documents.flatMap(doc => doc.declarations.map(d => d.name)));
        let name = base;
        for (let n = 2; this.simpleNames.has(name); n++) name = `${base}${n}`;
        return name;
    }
}

/** A quick fix for the context's diagnostic; `changes` maps document URIs to their edits. */
export function quickFix(context: FixContext, title: string, changes: Record<string, TextEdit[]>, isPreferred = false): CodeAction {
    const action: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [context.reported], edit: { changes } };
    return isPreferred ? { ...action, isPreferred } : action;
}

export function sameRange(a: Range, b: Range): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

export function defined<T>(value: T | undefined): value is T {
    return value !== undefined;
}
