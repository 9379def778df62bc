import { DocumentState, isOperationCancelled } from 'langium';
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { SvcServices } from '../svc-module.js';
import { startUnlessCancelled } from './cancellation.js';

/**
 * Resolves once every document is validated. Custom requests read `WorkspaceAnalysis.current()`,
 * which caches its result: read halfway through a build, it would keep a model without the
 * edit's diagnostics. A request cancelled before or while it waits is answered as a cancelled
 * request (see cancellation.ts).
 */
export async function workspaceBuilt(services: SvcServices, token: CancellationToken): Promise<void> {
    try {
        await startUnlessCancelled(token);
        await services.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, token);
    } catch (error) {
        if (isOperationCancelled(error)) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
        throw error;
    }
}
