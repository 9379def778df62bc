import type { LangiumSharedServices } from 'langium/lsp';
import { AbstractExecuteCommandHandler, type ExecuteCommandAcceptor } from 'langium/lsp';
import { MessageType, ShowMessageNotification } from 'vscode-languageserver';

/**
 * The command of the indicator code lenses. A lens needs a command that every client can run:
 * an empty one shows as plain text in VS Code but makes other clients (Neovim) warn when run.
 */
export const SHOW_INDICATOR_COMMAND = 'svc.showIndicator';

/** The server's `workspace/executeCommand` commands: showing an indicator lens's text as a message. */
export class SvcExecuteCommandHandler extends AbstractExecuteCommandHandler {
    constructor(private readonly shared: LangiumSharedServices) {
        super();
    }

    registerCommands(acceptor: ExecuteCommandAcceptor): void {
        acceptor(SHOW_INDICATOR_COMMAND, (args: unknown[]) => {
            const text = args[0];
            // A notification: `window.showInformationMessage` sends a request, which waits on the client's answer.
            if (typeof text === 'string')
                void this.shared.lsp.Connection?.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: text });
        });
    }
}
