import type { LangiumDocument, LangiumDocuments } from 'langium';
import { URI } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { DefaultRenameProvider } from 'langium/lsp';
import type { CancellationToken, RenameParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { ResponseError } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Renames a declaration and every reference to it across the workspace. A qualified
 * reference (`acme.core.Shared`) keeps its qualifier: only its last segment is replaced.
 * Langium's default would replace the whole reference with the bare new name and so
 * break every reference from another package.
 */
export class SvcRenameProvider extends DefaultRenameProvider {
    private readonly documents: LangiumDocuments;

    constructor(services: LangiumServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    override async rename(document: LangiumDocument, params: RenameParams, cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        if (!NAME.test(params.newName)) {
            throw new ResponseError(0, `'${params.newName}' is not a valid name: use letters, digits and _, starting with a letter or _`);
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
