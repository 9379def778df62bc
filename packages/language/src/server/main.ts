import {
    createConnection,
    LSPErrorCodes,
    ProposedFeatures,
    type ConnectionStrategy,
    type RequestMessage,
    type ResponseMessage
} from 'vscode-languageserver/node';
import { NodeFileSystem } from 'langium/node';
import { createSvcServices } from '../svc-module.js';

export { createSvcServices, type SvcServices } from '../svc-module.js';
import { startSvcLanguageServer } from '../lsp/start-server.js';
import { watchFraming } from './framing.js';

/**
 * A request the client cancels while it still waits in the queue is answered at once with
 * RequestCancelled and never runs: ten cancelled requests on a large file used to run in full,
 * one after the other, before the next request's turn came. (A request already running sees
 * its token cancelled; the providers that take long check it, see `lsp/`.)
 */
const cancelQueued: ConnectionStrategy = {
    cancelUndispatched: (message): ResponseMessage => ({
        jsonrpc: '2.0',
        id: (message as RequestMessage).id,
        error: { code: LSPErrorCodes.RequestCancelled, message: 'The request was cancelled before it started.' }
    })
};

/** Runs the svc language server over stdio (or whatever transport the process arguments name). */
export function startLanguageServer(): void {
    const connection = createConnection(ProposedFeatures.all, { connectionStrategy: cancelQueued });
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
    // Over stdio, bytes that break the framing leave the server deaf for good: say so and end,
    // with a failure code, so that the client restarts it (listening began above, so the
    // protocol's reader has every byte this watcher sees).
    if (process.argv.includes('--stdio')) {
        watchFraming(process.stdin, reason => {
            process.stdin.pause();
            const exit = () => process.exit(1);
            process.stderr.write(`svc: the client sent ${reason}; the language server cannot read on and exits so that the client restarts it\n`, exit);
            // Even if stderr is blocked: the one thing the server must not do now is hang.
            setTimeout(exit, 1000);
        });
    }
}
