import type { DeepPartial, Module } from 'langium';
import { inject } from 'langium';
import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { SvcGeneratedModule, SvcGeneratedSharedModule } from './generated/module.js';
import { SvcParserErrorMessageProvider } from './parser/svc-parser-errors.js';
import { SvcScopeComputation } from './references/svc-scope-computation.js';
import { SvcScopeProvider } from './references/svc-scope-provider.js';
import { SvcWorkspaceManager } from './workspace/svc-workspace-manager.js';
import { WorkspaceAnalysis } from './workspace/workspace-analysis.js';

/** Services the svc language adds to Langium's. */
export interface SvcAddedServices {
    analysis: {
        WorkspaceAnalysis: WorkspaceAnalysis;
    };
}

export type SvcServices = LangiumServices & SvcAddedServices;

export const SvcModule: Module<SvcServices, PartialLangiumServices & SvcAddedServices> = {
    parser: {
        ParserErrorMessageProvider: () => new SvcParserErrorMessageProvider()
    },
    references: {
        ScopeComputation: services => new SvcScopeComputation(services),
        ScopeProvider: services => new SvcScopeProvider(services)
    },
    analysis: {
        WorkspaceAnalysis: services => new WorkspaceAnalysis(services)
    }
};

const SvcSharedModule: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {
    workspace: {
        WorkspaceManager: services => new SvcWorkspaceManager(services)
    }
};

/**
 * Creates the shared and the svc-specific services. Used by the language server (with a
 * connection) and by the CLI (with `NodeFileSystem` and no connection) alike.
 */
export function createSvcServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Svc: SvcServices } {
    const shared = inject(createDefaultSharedModule(context), SvcGeneratedSharedModule, SvcSharedModule);
    const Svc = inject(createDefaultModule({ shared }), SvcGeneratedModule, SvcModule);
    shared.ServiceRegistry.register(Svc);
    return { shared, Svc };
}

