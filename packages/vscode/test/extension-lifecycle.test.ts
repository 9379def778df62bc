import { describe, expect, it, vi } from 'vitest';

/**
 * The extension's start and stop against stand-ins for VS Code and the language client, which
 * behave as the real ones do where it matters here: VS Code disposes an extension's
 * subscriptions right after calling its `deactivate`, without waiting for the promise it
 * returns; the client still writes to its output channel while it stops; and a channel that was
 * disposed throws on every write ("Channel has been closed").
 */

const state = vi.hoisted(() => ({ written: [] as string[], closedWrites: 0 }));

vi.mock('vscode', () => {
    const disposable = () => ({ dispose: () => undefined });
    const channel = () => {
        let closed = false;
        const write = (line: string) => {
            if (closed) {
                state.closedWrites += 1;
                throw new Error('Channel has been closed');
            }
            state.written.push(line);
        };
        return { info: write, warn: write, error: write, appendLine: write, show: () => undefined, dispose: () => (closed = true) };
    };
    return {
        window: {
            createOutputChannel: channel,
            createStatusBarItem: () => ({ show: () => undefined, dispose: () => undefined }),
            onDidChangeActiveColorTheme: disposable,
            onDidChangeTextEditorSelection: disposable,
            onDidChangeActiveTextEditor: disposable
        },
        workspace: { createFileSystemWatcher: disposable, onDidChangeConfiguration: disposable, getConfiguration: () => ({ get: () => 'off' }) },
        EventEmitter: class {
            event = disposable;
            fire(): void {}
            dispose(): void {}
        },
        LogLevel: { Info: 3, Trace: 1 },
        commands: { registerCommand: disposable },
        StatusBarAlignment: { Left: 1 },
        ViewColumn: { One: 1, Beside: -2 },
        ThemeColor: class {},
        MarkdownString: class {}
    };
});

vi.mock('vscode-languageclient/node', () => ({
    TransportKind: { ipc: 1 },
    ErrorCodes: {},
    ResponseError: class extends Error {},
    LanguageClient: class {
        private readonly output: { info(line: string): void };
        constructor(_id: string, _name: string, _server: unknown, options: { outputChannel: { info(line: string): void } }) {
            this.output = options.outputChannel;
        }
        onNotification(): void {}
        async start(): Promise<void> {
            this.output.info('Starting server');
        }
        async stop(): Promise<void> {
            // The real client logs as the connection to the server winds down, a few ticks later.
            await new Promise(resolve => setTimeout(resolve, 10));
            this.output.info('Stopping server');
            this.output.info('Connection to server closed');
        }
    }
}));

describe('the extension', () => {
    it('stops the client before it closes the output channel, so that nothing is written to a closed channel', async () => {
        const { activate, deactivate } = await import('../src/extension.js');
        const subscriptions: Array<{ dispose(): unknown }> = [];
        await activate({ subscriptions, extensionUri: {}, asAbsolutePath: (file: string) => file } as never);
        // As VS Code does at a window close: deactivate, then the subscriptions at once.
        const stopped = deactivate();
        subscriptions.forEach(subscription => subscription.dispose());
        await stopped;
        expect(state.closedWrites).toBe(0);
        expect(state.written).toEqual(['Starting server', 'Stopping server', 'Connection to server closed']);
    });
});
