import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { OPEN_PREVIEW_COMMAND, type SvcInitializationOptions } from '@svc-lang/language/protocol';
import { AlignmentPreview } from './preview/preview-panel.js';
import { createTraceChannel } from './trace-channel.js';
import { STATUS_NOTIFICATION, statusBackground, statusText, statusTooltip, type SvcStatus } from './status.js';

// A thin client: every language feature lives in the server (out/server.cjs), which the CLI's
// `svc lsp --stdio` also runs, so that editors other than VS Code get the same features.
let client: LanguageClient | undefined;
let channel: vscode.LogOutputChannel | undefined;

/**
 * A young generation of up to 64 MiB: each keystroke's analysis is garbage by the next one, and
 * with V8's default it is promoted first and collected by the slower old-generation GC. Measured
 * on the 20k-declaration keystroke bench: median 117 → 108 ms, p95 140 → 133 ms. It grows only
 * as far as a workspace's allocation needs.
 */
const SERVER_NODE_FLAGS = ['--max-semi-space-size=64'];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const output = vscode.window.createOutputChannel('SVC', { log: true });
    // Not among the subscriptions: deactivate closes it, once the client has stopped.
    channel = output;
    const trace = createTraceChannel(output);
    const status = vscode.window.createStatusBarItem('svc.status', vscode.StatusBarAlignment.Left, 0);
    status.name = 'SVC coverage';
    status.command = 'workbench.actions.view.problems';

    const module = context.asAbsolutePath('out/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_NODE_FLAGS } },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: 'svc' },
            { scheme: 'untitled', language: 'svc' }
        ],
        // The server analyses the whole workspace: it must hear about .svc files changed outside the editor,
        // and about `svc.*` settings (svc.policy overrides every policy block).
        synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.svc'), configurationSection: 'svc' },
        outputChannel: output,
        traceOutputChannel: trace,
        // This extension runs the preview command, so the server may offer the preview's code lens.
        initializationOptions: { openPreviewCommand: true } satisfies SvcInitializationOptions
    };
    // The id `svc` makes the client read `svc.trace.server` itself.
    client = new LanguageClient('svc', 'SVC', serverOptions, clientOptions);
    const preview = new AlignmentPreview(context.extensionUri, client, output);
    // The server sends a status after every analysis: the moment the preview's picture may have changed.
    client.onNotification(STATUS_NOTIFICATION, (params: SvcStatus) => {
        status.text = statusText(params);
        status.tooltip = new vscode.MarkdownString(statusTooltip(params), true);
        const background = statusBackground(params);
        status.backgroundColor = background === undefined ? undefined : new vscode.ThemeColor(background);
        status.show();
        preview.refresh();
    });

    context.subscriptions.push(
        trace,
        status,
        vscode.commands.registerCommand('svc.restartServer', () => client?.restart()),
        vscode.commands.registerCommand('svc.showOutput', () => output.show(true)),
        vscode.commands.registerCommand(OPEN_PREVIEW_COMMAND, () => preview.show()),
        vscode.window.onDidChangeActiveColorTheme(() => preview.refresh()),
        vscode.window.onDidChangeTextEditorSelection(({ textEditor }) => preview.track(textEditor)),
        vscode.window.onDidChangeActiveTextEditor(editor => editor && preview.track(editor))
    );
    await client.start();
}

/**
 * Stops the client, then closes its output channel. VS Code disposes the subscriptions right
 * after calling this, without waiting for it: a channel among them was closed while the client
 * still logged its stopping to it ("Channel has been closed", three times at every window close).
 */
export async function deactivate(): Promise<void> {
    try {
        await client?.stop();
    } finally {
        channel?.dispose();
    }
}
