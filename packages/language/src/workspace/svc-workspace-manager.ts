import type { LangiumDocument, LangiumDocumentFactory, LangiumSharedCoreServices } from 'langium';
import { DefaultWorkspaceManager, URI } from 'langium';
import type { WorkspaceFolder } from 'vscode-languageserver';
import { BUILTIN_SOURCE, BUILTIN_URI } from '../builtins.js';

/**
 * Loads the built-in property catalogue alongside the user's files, and validates the whole
 * workspace at start-up: coverage gaps live in files nobody has opened yet.
 */
export class SvcWorkspaceManager extends DefaultWorkspaceManager {
    private readonly documentFactory: LangiumDocumentFactory;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.documentFactory = services.workspace.LangiumDocumentFactory;
        this.initialBuildOptions = { validation: true };
    }

    protected override async loadAdditionalDocuments(_folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void): Promise<void> {
        collector(createBuiltinDocument(this.documentFactory));
    }
}

export function createBuiltinDocument(factory: LangiumDocumentFactory): LangiumDocument {
    return factory.fromString(BUILTIN_SOURCE, URI.parse(BUILTIN_URI));
}
