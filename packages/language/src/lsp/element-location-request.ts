import type { CancellationToken, Connection } from 'vscode-languageserver';
import type { SvcServices } from '../svc-module.js';
import { ELEMENT_LOCATION_REQUEST, type ElementLocationResult } from './diagram-protocol.js';
import { parseElement } from './diagram-request.js';
import { WorkspaceFacts } from './workspace-facts.js';
import { workspaceBuilt } from './workspace-built.js';

/**
 * Answers `svc/elementLocation`: where the declaration a diagram's shape stands for is named.
 * Shapes carry qualified names, which the workspace index maps exactly; a workspace-symbol
 * search would match fuzzily and could pick a different element.
 */
export function addElementLocationHandler(connection: Connection, services: SvcServices): void {
    connection.onRequest(ELEMENT_LOCATION_REQUEST, async (params: unknown, token: CancellationToken): Promise<ElementLocationResult> => {
        const element = parseElement((params as { element?: unknown } | null)?.element);
        await workspaceBuilt(services, token);
        const facts = WorkspaceFacts.of(services.analysis.WorkspaceAnalysis.current());
        const declaration = facts.index.named(element).find(candidate => !candidate.builtin);
        return declaration?.nameLocation ?? null;
    });
}
