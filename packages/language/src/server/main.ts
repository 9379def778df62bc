import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { NodeFileSystem } from 'langium/node';
import { createSvcServices } from '../svc-module.js';
import { startSvcLanguageServer } from '../lsp/start-server.js';

/** Runs the svc language server over stdio (or whatever transport the process arguments name). */
export function startLanguageServer(): void {
    const connection = createConnection(ProposedFeatures.all);
    // A bug that escapes every handler must not take the editor's language support down with it:
    // Node ends the process on an unhandled rejection or exception unless someone listens.
    const log = (kind: string) => (error: unknown) => {
        try {
            connection.console.error(`svc: ${kind}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        } catch {
            // The connection itself is gone; vscode-languageserver ends the process when its input closes.
        }
    };
    process.on('unhandledRejection', log('unhandled rejection'));
    process.on('uncaughtException', log('uncaught exception'));
    const { Svc } = createSvcServices({ connection, ...NodeFileSystem });
    startSvcLanguageServer(Svc, connection);
}
