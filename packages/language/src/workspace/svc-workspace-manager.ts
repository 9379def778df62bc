import type { LangiumDocument, LangiumDocumentFactory, LangiumSharedCoreServices, Stream } from 'langium';
import { DefaultWorkspaceManager, URI } from 'langium';
import type { WorkspaceFolder } from 'vscode-languageserver';
import { BUILTIN_SOURCE, BUILTIN_URI } from '../builtins.js';

/**
 * Loads the built-in property catalogue alongside the user's files, and validates the whole
 * workspace at start-up: coverage gaps live in files nobody has opened yet. A file that cannot
 * be read is left out with a log line: in Langium's loader it stopped the workspace from ever
 * becoming ready, and every request then waited forever.
 */
export class SvcWorkspaceManager extends DefaultWorkspaceManager {
    private readonly documentFactory: LangiumDocumentFactory;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.documentFactory = services.workspace.LangiumDocumentFactory;
        this.initialBuildOptions = { validation: true };
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
