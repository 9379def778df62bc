import * as vscode from 'vscode';

/**
 * The channel the language client writes its LSP trace to. vscode-languageclient 10 traces only
 * while its trace channel's log level is Trace, which a user sets per output channel by hand,
 * not in settings; and at Trace it ignores `svc.trace.server: off`. This channel's level follows
 * `svc.trace.server` instead (Trace unless `off`) and writes each line into the SVC output, so
 * that setting alone switches the trace on and off, as the README says.
 */
export function createTraceChannel(output: vscode.LogOutputChannel): vscode.LogOutputChannel & vscode.Disposable {
    const changed = new vscode.EventEmitter<vscode.LogLevel>();
    const level = () => (vscode.workspace.getConfiguration('svc').get<string>('trace.server', 'off') === 'off' ? vscode.LogLevel.Info : vscode.LogLevel.Trace);
    const watching = vscode.workspace.onDidChangeConfiguration(event => {
        if (event.affectsConfiguration('svc.trace.server')) changed.fire(level());
    });
    const write = (message: string | Error) => output.appendLine(message instanceof Error ? (message.stack ?? message.message) : message);
    return {
        name: output.name,
        get logLevel() {
            return level();
        },
        onDidChangeLogLevel: changed.event,
        trace: write,
        debug: write,
        info: write,
        warn: write,
        error: write,
        append: value => output.append(value),
        appendLine: value => output.appendLine(value),
        replace: value => output.replace(value),
        clear: () => output.clear(),
        show: (preserveFocus?: boolean | vscode.ViewColumn) => output.show(preserveFocus === true),
        hide: () => output.hide(),
        // The SVC output itself is closed by `deactivate`, after the client has stopped.
        dispose: () => {
            watching.dispose();
            changed.dispose();
        }
    };
}
