import type { Cancellation, Event, LangiumDocument, LangiumDocumentFactory, LangiumSharedCoreServices, Stream } from 'langium';
import { DefaultWorkspaceManager, Emitter, isOperationCancelled, URI } from 'langium';
import type { WorkspaceFolder } from 'vscode-languageserver';
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

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.documentFactory = services.workspace.LangiumDocumentFactory;
        this.initialBuildOptions = { validation: true };
    }

    get onBuildFailure(): Event<BuildFailure> {
        return this.buildFailures.event;
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

    protected override async loadAdditionalDocuments(_folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void): Promise<void> {
        collector(createBuiltinDocument(this.documentFactory));
    }
}

export function createBuiltinDocument(factory: LangiumDocumentFactory): LangiumDocument {
    return factory.fromString(BUILTIN_SOURCE, URI.parse(BUILTIN_URI));
}
