import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
    createProtocolConnection,
    InitializeRequest,
    InitializedNotification,
    LogMessageNotification,
    PublishDiagnosticsNotification,
    StreamMessageReader,
    StreamMessageWriter,
    type ClientCapabilities,
    type Diagnostic,
    type ProtocolConnection,
    type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';
import { CLI } from './paths.js';

/** The real bundled language server (`svc lsp --stdio`) behind a protocol connection. */
export class LspClient {
    readonly connection: ProtocolConnection;
    readonly process: ChildProcess;
    /** Every publishDiagnostics, in order of arrival. */
    readonly published: PublishDiagnosticsParams[] = [];
    /** Every window/logMessage text, in order of arrival. */
    readonly logs: string[] = [];
    private readonly latest = new Map<string, Diagnostic[]>();
    private readonly waiters: Array<() => void> = [];

    constructor(cwd: string, env: NodeJS.ProcessEnv = process.env) {
        this.process = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { cwd, env, stdio: ['pipe', 'pipe', 'inherit'] });
        this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
        this.connection.onNotification(LogMessageNotification.type, params => {
            this.logs.push(params.message);
        });
        this.connection.onNotification(PublishDiagnosticsNotification.type, (params: PublishDiagnosticsParams) => {
            this.published.push(params);
            this.latest.set(params.uri, params.diagnostics);
            this.waiters.splice(0).forEach(wake => wake());
        });
        this.connection.listen();
    }

    async initialize(folder: string, capabilities: ClientCapabilities = {}): Promise<void> {
        const uri = pathToFileURL(folder).toString();
        await this.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: uri,
            workspaceFolders: [{ uri, name: 'test' }],
            capabilities
        });
        await this.connection.sendNotification(InitializedNotification.type, {});
    }

    /** Resolves with the diagnostics of `uri` once they satisfy `predicate`. */
    async diagnosticsWhen(uri: string, predicate: (diagnostics: Diagnostic[]) => boolean, timeoutMs = 10_000): Promise<Diagnostic[]> {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const current = this.latest.get(uri);
            if (current && predicate(current)) {
                return current;
            }
            const remaining = deadline - Date.now();
            if (remaining <= 0) {
                throw new Error(`timed out waiting for diagnostics of ${uri}; last: ${JSON.stringify(current)}`);
            }
            await new Promise<void>(resolve => {
                const timer = setTimeout(resolve, remaining);
                this.waiters.push(() => {
                    clearTimeout(timer);
                    resolve();
                });
            });
        }
    }

    dispose(): void {
        this.connection.dispose();
        this.process.kill();
    }
}

/** A diagnostic's message as text: LSP 3.18 allows Markdown there, which this server never sends. */
export function messageText(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
