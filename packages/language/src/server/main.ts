import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { NodeFileSystem } from 'langium/node';
import { createSvcServices } from '../svc-module.js';
import { startSvcLanguageServer } from '../lsp/start-server.js';

/** Runs the svc language server over stdio (or whatever transport the process arguments name). */
export function startLanguageServer(): void {
    const connection = createConnection(ProposedFeatures.all);
    const { Svc } = createSvcServices({ connection, ...NodeFileSystem });
    startSvcLanguageServer(Svc, connection);
}
