import type { DeepPartial, Module } from 'langium';
import { inject } from 'langium';
import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { SvcGeneratedModule, SvcGeneratedSharedModule } from './generated/module.js';
import { BatchModule, SvcCoreModule, SvcSharedCoreModule, type SvcAddedServices } from './svc-core-module.js';
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
import { SvcDocumentUpdateHandler } from './lsp/svc-document-update-handler.js';

export type SvcServices = LangiumServices & SvcAddedServices;
export type { SvcAddedServices };

/** The language server's part of svc; the rest is `SvcCoreModule` (svc-core-module.ts). */
export const SvcModule: Module<SvcServices, PartialLangiumServices> = {
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
    }
};

const SvcSharedModule: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {
    lsp: {
        DocumentUpdateHandler: services => new SvcDocumentUpdateHandler(services),
        NodeKindProvider: () => new SvcNodeKindProvider(),
        FuzzyMatcher: () => new SvcFuzzyMatcher(),
        ExecuteCommandHandler: services => new SvcExecuteCommandHandler(services)
    }
};

/**
 * Creates the shared and the svc-specific services of the language server: the core ones
 * (`createSvcCoreServices`, what the CLI uses) and the editor features on top.
 */
export function createSvcServices(context: DefaultSharedModuleContext, options: { batch?: boolean } = {}): { shared: LangiumSharedServices; Svc: SvcServices } {
    const shared = inject(createDefaultSharedModule(context), SvcGeneratedSharedModule, SvcSharedCoreModule, SvcSharedModule);
    const Svc = inject(createDefaultModule({ shared }), SvcGeneratedModule, SvcCoreModule, SvcModule, options.batch ? BatchModule : {});
    shared.ServiceRegistry.register(Svc);
    return { shared, Svc };
}
