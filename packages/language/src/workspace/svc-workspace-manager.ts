import type { Cancellation, Event, LangiumDocument, LangiumDocumentFactory, LangiumSharedCoreServices, Stream } from 'langium';
import { DefaultWorkspaceManager, Emitter, isOperationCancelled, URI, UriUtils, type FileSystemNode } from 'langium';
import { findSvcFiles, isWorkspaceEntry } from './discovery.js';
import type { InitializeParams, WorkspaceFolder } from 'vscode-languageserver';
import { BUILTIN_SOURCE, BUILTIN_URI, isBuiltinUri } from '../builtins.js';

/** A build that threw, and the document to show it on (the first user document). */
export interface BuildFailure {
    error: unknown;
    uris: string[];
}

/**
 * Loads the built-in property catalogue alongside the user's files, and validates the whole
 * workspace at start-up: coverage gaps live in files nobody has opened yet. A file that cannot
 * be read is left out with a log line: in Langium's loader it stopped the workspace from ever
 * becoming ready, and every request then waited forever. A first build that throws becomes an
 * event for the diagnostics publisher, as later builds do in `SvcDocumentUpdateHandler`.
 */
export class SvcWorkspaceManager extends DefaultWorkspaceManager {
    private readonly documentFactory: LangiumDocumentFactory;
    private readonly buildFailures = new Emitter<BuildFailure>();
    private readonly folderAdoption = new Emitter<URI>();
    private adopted = false;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.documentFactory = services.workspace.LangiumDocumentFactory;
        this.initialBuildOptions = { validation: true };
    }

    get onBuildFailure(): Event<BuildFailure> {
        return this.buildFailures.event;
    }

    /** Older clients name the workspace by `rootUri` (or `rootPath`) alone: that folder is the workspace then. */
    override initialize(params: InitializeParams): void {
        super.initialize(params);
        const root = params.rootUri ?? (params.rootPath ? URI.file(params.rootPath).toString() : undefined);
        if (this.folders === undefined && root) this.folders = [{ uri: root, name: UriUtils.basename(URI.parse(root)) }];
    }
    /**
     * A client that names no workspace at all (no folders, no root, as Neovim started outside a
     * project does): the folder of the first file it opens becomes the workspace, so that the
     * file's neighbours resolve and cover its needs. Returns that folder, the first time only.
     */
    adoptFolderOf(uri: URI): URI | undefined {
        if ((this.folders?.length ?? 0) > 0 || this.adopted || uri.scheme !== 'file') return undefined;
        this.adopted = true;
        const folder = UriUtils.dirname(uri);
        this.folders = [{ uri: folder.toString(), name: UriUtils.basename(folder) }];
        this.folderAdoption.fire(folder);
        return folder;
    }

    get onFolderAdopted(): Event<URI> {
        return this.folderAdoption.event;
    }

    override async initializeWorkspace(folders: WorkspaceFolder[], cancelToken?: Cancellation.CancellationToken): Promise<void> {
        try {
            await super.initializeWorkspace(folders, cancelToken);
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            const first = this.langiumDocuments.all.map(document => document.uri.toString()).find(uri => !isBuiltinUri(uri));
            this.buildFailures.fire({ error, uris: first === undefined ? [] : [first] });
        }
    }

    protected override async loadWorkspaceDocuments(uris: Stream<URI>, collector: (document: LangiumDocument) => void): Promise<void> {
        await Promise.all(
            uris.map(async uri => {
                try {
                    collector(await this.langiumDocuments.getOrCreateDocument(uri));
                } catch (error) {
                    console.error(`svc: cannot read ${uri.fsPath}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
                }
            })
        );
    }

    /** The workspace's files, found as `svc validate` finds them (`discovery.ts`). */
    protected override async traverseFolder(folder: URI, uris: URI[]): Promise<void> {
        if (folder.scheme !== 'file') return super.traverseFolder(folder, uris);
        const found = findSvcFiles(folder.fsPath, (relative, error) => {
            console.error(`svc: cannot read ${relative}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
        });
        for (const file of found) uris.push(URI.file(file));
    }

    /** Which created or changed files join the workspace: the same rule as the search above. */
    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        return isWorkspaceEntry(UriUtils.basename(entry.uri), entry.isDirectory) && (entry.isDirectory || entry.isFile);
    }

    protected override async loadAdditionalDocuments(_folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void): Promise<void> {
        collector(createBuiltinDocument(this.documentFactory));
    }
}

export function createBuiltinDocument(factory: LangiumDocumentFactory): LangiumDocument {
    return factory.fromString(BUILTIN_SOURCE, URI.parse(BUILTIN_URI));
}
