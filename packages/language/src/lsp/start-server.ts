import { DocumentState } from 'langium';
import type { Connection } from 'vscode-languageserver';
import * as lsp from 'langium/lsp';
import type { SvcServices } from '../svc-module.js';
import { DiagnosticsPublisher } from './diagnostics-publisher.js';
import type { SvcDocumentUpdateHandler } from './svc-document-update-handler.js';
import { watchPolicySettings } from './policy-settings.js';
import { watchWorkspaceFiles } from './file-watcher.js';
import { addDiagramRequestHandler } from './diagram-request.js';
import { addElementLocationHandler } from './element-location-request.js';
import { addElementAtHandler } from './element-at-request.js';
import type { BuildFailure, SvcWorkspaceManager } from '../workspace/svc-workspace-manager.js';

/**
 * Langium's `startLanguageServer`, except that diagnostics go through `DiagnosticsPublisher`
 * (workspace-wide, after every build) instead of Langium's per-document handler, and so do the
 * failures of builds. Requests need no such care: Langium's handlers, or vscode-jsonrpc behind
 * them, answer a throwing provider with an error response (test/reliability/ checks it).
 */
export function startSvcLanguageServer(services: SvcServices, connection: Connection): void {
    const shared = services.shared;
    const publisher = new DiagnosticsPublisher(services, connection);
    // Settings may arrive before the first build finishes: publish once the workspace is validated.
    const builder = shared.workspace.DocumentBuilder;
    watchPolicySettings(services, () => void builder.waitUntil(DocumentState.Validated).then(() => publisher.publishAll()));
    // SvcSharedModule installs both.
    const reportBuildFailure = ({ error, uris }: BuildFailure) => publisher.reportFailure({ activity: 'building the workspace', error }, uris);
    (shared.workspace.WorkspaceManager as SvcWorkspaceManager).onBuildFailure(reportBuildFailure);
    (shared.lsp.DocumentUpdateHandler as SvcDocumentUpdateHandler).onUpdateFailure(reportBuildFailure);
    lsp.addDocumentUpdateHandler(connection, shared);
    lsp.addFileOperationHandler(connection, shared);
    lsp.addCompletionHandler(connection, shared);
    lsp.addFindReferencesHandler(connection, shared);
    lsp.addDocumentSymbolHandler(connection, shared);
    lsp.addGotoDefinitionHandler(connection, shared);
    lsp.addGoToTypeDefinitionHandler(connection, shared);
    lsp.addGoToImplementationHandler(connection, shared);
    lsp.addDocumentHighlightHandler(connection, shared);
    lsp.addFoldingRangeHandler(connection, shared);
    lsp.addFormattingHandler(connection, shared);
    lsp.addCodeActionHandler(connection, shared);
    lsp.addRenameHandler(connection, shared);
    lsp.addHoverHandler(connection, shared);
    lsp.addInlayHintHandler(connection, shared);
    lsp.addSemanticTokenHandler(connection, shared);
    lsp.addExecuteCommandHandler(connection, shared);
    lsp.addSignatureHelpHandler(connection, shared);
    lsp.addCallHierarchyHandler(connection, shared);
    lsp.addTypeHierarchyHandler(connection, shared);
    lsp.addCodeLensHandler(connection, shared);
    lsp.addDocumentLinkHandler(connection, shared);
    lsp.addConfigurationChangeHandler(connection, shared);
    lsp.addGoToDeclarationHandler(connection, shared);
    lsp.addWorkspaceSymbolHandler(connection, shared);
    watchWorkspaceFiles(shared, connection);
    addDiagramRequestHandler(connection, services);
    addElementLocationHandler(connection, services);
    addElementAtHandler(connection, services);
    connection.onInitialize(params => shared.lsp.LanguageServer.initialize(params));
    connection.onInitialized(params => shared.lsp.LanguageServer.initialized(params));
    shared.workspace.TextDocuments.listen(connection);
    connection.listen();
}
