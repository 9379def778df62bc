import { Emitter, URI, type Event, type FileSystemProvider } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { BuildFailure, SvcWorkspaceManager } from '../workspace/svc-workspace-manager.js';

/**
 * Langium's update handler drops the promise of each workspace build, so a build that throws
 * becomes an unhandled rejection, which ends a Node process. Here it becomes an event that the
 * diagnostics publisher turns into a log line and an `internal-error` diagnostic.
 */
export class SvcDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly failures = new Emitter<BuildFailure>();
    private readonly fileSystem: FileSystemProvider;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
    }

    get onUpdateFailure(): Event<BuildFailure> {
        return this.failures.event;
    }

    /**
     * A closed document is the file's text again, or, with no file behind it (never saved), no
     * longer part of the workspace. Langium keeps the editor's last text: unsaved declarations
     * would go on resolving references and answering workspace-symbol searches, and the other
     * files' diagnostics would go on depending on them. The rebuild republishes whatever changes.
     */
    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        const saved = uri.scheme === 'file' && this.fileSystem.existsSync(uri);
        this.fireDocumentUpdate(saved ? [uri] : [], saved ? [] : [uri]);
    }

    /** The first file a client without a workspace opens brings its folder's files along (`adoptFolderOf`). */
    override didChangeContent(change: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(change.document.uri);
        // SvcSharedModule installs SvcWorkspaceManager.
        const folder = (this.workspaceManager as SvcWorkspaceManager).adoptFolderOf(uri);
        this.fireDocumentUpdate(folder ? [uri, folder] : [uri], []);
    }

    protected override fireDocumentUpdate(changed: URI[], deleted: URI[]): void {
        this.workspaceManager.ready
            .then(() => this.workspaceLock.write(token => this.documentBuilder.update(changed, deleted, token)))
            // Shown on the documents whose update failed.
            .catch(error => {
                this.failures.fire({ error, uris: changed.map(uri => uri.toString()) });
            });
    }
}
