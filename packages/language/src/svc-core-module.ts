import type { DeepPartial, DefaultSharedCoreModuleContext, LangiumCoreServices, LangiumSharedCoreServices, Module, PartialLangiumCoreServices } from 'langium';
import { createDefaultCoreModule, createDefaultSharedCoreModule, inject } from 'langium';
import { SvcGeneratedModule, SvcGeneratedSharedModule } from './generated/module.js';
import { grammarKeywords, SvcLexerErrorMessageProvider, SvcParserErrorMessageProvider } from './parser/svc-parser-errors.js';
import { SvcTokenBuilder } from './parser/svc-token-builder.js';
import { SvcValueConverter } from './parser/svc-value-converter.js';
import { createSvcParser } from './parser/svc-parser.js';
import { SvcScopeComputation } from './references/svc-scope-computation.js';
import { SvcScopeProvider } from './references/svc-scope-provider.js';
import { SvcLinker } from './references/svc-linker.js';
import { SvcWorkspaceManager } from './workspace/svc-workspace-manager.js';
import { WorkspaceAnalysis } from './workspace/workspace-analysis.js';
import { SvcDocumentValidator } from './workspace/svc-document-validator.js';

/** Services the svc language adds to Langium's. */
export interface SvcAddedServices {
    analysis: {
        WorkspaceAnalysis: WorkspaceAnalysis;
    };
}

/** What parsing, linking, validating and analysing need: no language server (`svc-module.ts` adds it). */
export type SvcCoreServices = LangiumCoreServices & SvcAddedServices;

export const SvcCoreModule: Module<SvcCoreServices, PartialLangiumCoreServices & SvcAddedServices> = {
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
    analysis: {
        WorkspaceAnalysis: services => new WorkspaceAnalysis(services)
    }
};

export const SvcSharedCoreModule: Module<LangiumSharedCoreServices, DeepPartial<LangiumSharedCoreServices>> = {
    workspace: {
        WorkspaceManager: services => new SvcWorkspaceManager(services)
    }
};

/**
 * For validating once (the CLI): nobody will ask who references what, so references are not
 * indexed for find-references and rename. Linking and every diagnostic are as in the editor;
 * on a 5 MB file the index took 1.5 s.
 */
export const BatchModule: Module<LangiumCoreServices, PartialLangiumCoreServices> = {
    workspace: {
        ReferenceDescriptionProvider: () => ({ createDescriptions: async () => [] })
    }
};

/**
 * The services of the CLI (`validateFiles`, `svc format`): the language without its server, so
 * that a command never loads vscode-languageserver and Langium's LSP layer (a tenth of a small
 * run's start); `svc lsp` loads them when it starts the server.
 */
export function createSvcCoreServices(
    context: DefaultSharedCoreModuleContext,
    options: { batch?: boolean } = {}
): { shared: LangiumSharedCoreServices; Svc: SvcCoreServices } {
    const shared = inject(createDefaultSharedCoreModule(context), SvcGeneratedSharedModule, SvcSharedCoreModule);
    const Svc = inject(createDefaultCoreModule({ shared }), SvcGeneratedModule, SvcCoreModule, options.batch ? BatchModule : {});
    shared.ServiceRegistry.register(Svc);
    return { shared, Svc };
}
