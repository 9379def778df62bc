import type { LangiumDocument, LangiumDocuments } from 'langium';
import { AstUtils, CstUtils, URI } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import type { CancellationToken, RenameParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { isName, qualify } from '@svc-lang/core';
import { isSvcFile } from '../generated/ast.js';
import type { SvcServices } from '../svc-module.js';
import type { WorkspaceAnalysis } from '../workspace/workspace-analysis.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { startUnlessCancelled } from './cancellation.js';

/**
 * Renames a declaration and every reference to it across the workspace. A qualified
 * reference (`acme.core.Shared`) keeps its qualifier: only its last segment is replaced.
 * Langium's default would replace the whole reference with the bare new name and so
 * break every reference from another package.
 */
export class SvcRenameProvider extends DefaultRenameProvider {
    private readonly documents: LangiumDocuments;
    private readonly analysis: WorkspaceAnalysis;

    constructor(services: SvcServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.analysis = services.analysis.WorkspaceAnalysis;
    }

    override async rename(document: LangiumDocument, params: RenameParams, cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        if (!isName(params.newName)) {
            throw refusal(`'${params.newName}' is not a valid name: use letters (of any script), digits and _, starting with a letter or _`);
        }
        await startUnlessCancelled(cancelToken);
        const taken = this.declarationHolding(document, params);
        if (taken) {
            throw refusal(`'${params.newName}' is already declared in ${taken.pkg === '' ? 'the root package' : `package ${taken.pkg}`}`);
        }
        const edit = await super.rename(document, params, cancelToken);
        for (const [uri, edits] of Object.entries(edit?.changes ?? {})) {
            const text = this.documents.getDocument(URI.parse(uri))?.textDocument;
            if (text) {
                edit!.changes![uri] = edits.map(change => keepQualifier(change, text));
            }
        }
        return edit;
    }

    /**
     * Another declaration of the renamed one's package that already has the new name, which the
     * rename would make a duplicate (and whose references would then resolve ambiguously).
     */
    private declarationHolding(document: LangiumDocument, params: RenameParams): { pkg: string } | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        const target = leaf && this.references.findDeclarations(leaf)[0];
        if (!target || !('name' in target) || target.name === params.newName) return undefined;
        const file = AstUtils.getDocument(target).parseResult.value;
        const pkg = isSvcFile(file) ? (file.package ?? '') : '';
        return this.analysis.current().index.named(qualify(pkg, params.newName)).length > 0 ? { pkg } : undefined;
    }
}

/** A refused rename: RequestFailed, the code for a valid request the server declines (0 means nothing to a client). */
function refusal(message: string): ResponseError<void> {
    return new ResponseError(LSPErrorCodes.RequestFailed, message);
}

/** Narrows an edit of a qualified name to the part after its last `.`. */
function keepQualifier(change: TextEdit, text: TextDocument): TextEdit {
    const dot = text.getText(change.range).lastIndexOf('.');
    if (dot < 0) {
        return change;
    }
    const start = text.positionAt(text.offsetAt(change.range.start) + dot + 1);
    return { range: { start, end: change.range.end }, newText: change.newText };
}
