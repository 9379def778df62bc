import type { DeepPartial, Module } from 'langium';
import { inject } from 'langium';
import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { SvcGeneratedModule, SvcGeneratedSharedModule } from './generated/module.js';
import { grammarKeywords, SvcLexerErrorMessageProvider, SvcParserErrorMessageProvider } from './parser/svc-parser-errors.js';
import { SvcTokenBuilder } from './parser/svc-token-builder.js';
import { SvcValueConverter } from './parser/svc-value-converter.js';
import { createSvcParser } from './parser/svc-parser.js';
import { SvcFormatter } from './lsp/svc-formatter.js';
import { SvcRenameProvider } from './lsp/svc-rename-provider.js';
import { SvcCodeActionProvider } from './lsp/svc-code-actions.js';
import { SvcCompletionProvider } from './lsp/svc-completion.js';
import { SvcHoverProvider } from './lsp/svc-hover.js';
import { SvcSemanticTokenProvider } from './lsp/svc-semantic-tokens.js';
import { SvcDocumentSymbolProvider } from './lsp/svc-document-symbols.js';
import { SvcCodeLensProvider } from './lsp/svc-code-lens.js';
import { SvcNodeKindProvider } from './lsp/svc-node-kinds.js';
import { SvcFuzzyMatcher } from './lsp/svc-fuzzy-matcher.js';
import { SvcExecuteCommandHandler } from './lsp/svc-execute-command.js';
import { SvcScopeComputation } from './references/svc-scope-computation.js';
import { SvcScopeProvider } from './references/svc-scope-provider.js';
import { SvcLinker } from './references/svc-linker.js';
import { SvcWorkspaceManager } from './workspace/svc-workspace-manager.js';
import { SvcDocumentUpdateHandler } from './lsp/svc-document-update-handler.js';
import { WorkspaceAnalysis } from './workspace/workspace-analysis.js';
import { SvcDocumentValidator } from './workspace/svc-document-validator.js';

/** Services the svc language adds to Langium's. */
export interface SvcAddedServices {
    analysis: {
        WorkspaceAnalysis: WorkspaceAnalysis;
    };
}

export type SvcServices = LangiumServices & SvcAddedServices;

export const SvcModule: Module<SvcServices, PartialLangiumServices & SvcAddedServices> = {
    parser: {
        ParserErrorMessageProvider: services => new SvcParserErrorMessageProvider(grammarKeywords(services.Grammar)),
        LexerErrorMessageProvider: () => new SvcLexerErrorMessageProvider(),
        ValueConverter: () => new SvcValueConverter(),
        TokenBuilder: () => new SvcTokenBuilder(),
        LangiumParser: services => createSvcParser(services)
    },
    validation: {
        DocumentValidator: services => new SvcDocumentValidator(services)
    },
    references: {
        ScopeComputation: services => new SvcScopeComputation(services),
        ScopeProvider: services => new SvcScopeProvider(services),
        Linker: services => new SvcLinker(services)
    },
    // One provider per file under src/lsp/; each registers itself here with one line.
    lsp: {
        CodeActionProvider: services => new SvcCodeActionProvider(services),
        Formatter: services => new SvcFormatter(services),
        RenameProvider: services => new SvcRenameProvider(services),
        CompletionProvider: services => new SvcCompletionProvider(services),
        HoverProvider: services => new SvcHoverProvider(services),
        SemanticTokenProvider: services => new SvcSemanticTokenProvider(services),
        DocumentSymbolProvider: services => new SvcDocumentSymbolProvider(services),
        CodeLensProvider: services => new SvcCodeLensProvider(services)
    },
    analysis: {
        WorkspaceAnalysis: services => new WorkspaceAnalysis(services)
    }
};

const SvcSharedModule: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {
    workspace: {
        WorkspaceManager: services => new SvcWorkspaceManager(services)
    },
    lsp: {
        DocumentUpdateHandler: services => new SvcDocumentUpdateHandler(services),
        NodeKindProvider: () => new SvcNodeKindProvider(),
        FuzzyMatcher: () => new SvcFuzzyMatcher(),
        ExecuteCommandHandler: services => new SvcExecuteCommandHandler(services)
    }
};

/**
 * For validating once (the CLI): nobody will ask who references what, so references are not
 * indexed for find-references and rename. Linking and every diagnostic are as in the editor;
 * on a 5 MB file the index took 1.5 s.
 */
const BatchModule: Module<SvcServices, PartialLangiumServices> = {
    workspace: {
        ReferenceDescriptionProvider: () => ({ createDescriptions: async () => [] })
    }
};

/**
 * Creates the shared and the svc-specific services. Used by the language server (with a
 * connection) and by the CLI (with `NodeFileSystem`, no connection, and `batch`) alike.
 */
export function createSvcServices(context: DefaultSharedModuleContext, options: { batch?: boolean } = {}): { shared: LangiumSharedServices; Svc: SvcServices } {
    const shared = inject(createDefaultSharedModule(context), SvcGeneratedSharedModule, SvcSharedModule);
    const Svc = inject(createDefaultModule({ shared }), SvcGeneratedModule, SvcModule, options.batch ? BatchModule : {});
    shared.ServiceRegistry.register(Svc);
    return { shared, Svc };
}
