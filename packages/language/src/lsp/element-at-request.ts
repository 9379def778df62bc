import type { Analysis, Declaration } from '@svc-lang/core';
import { ErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import type { SvcServices } from '../svc-module.js';
import { ELEMENT_AT_REQUEST, type ElementAtParams, type ElementAtResult } from './diagram-protocol.js';
import { workspaceBuilt } from './workspace-built.js';

/** Longer is no document URI a client sends. */
const MAX_URI = 10_000;

/**
 * Answers `svc/elementAt`: the declaration under the caret, for the preview that follows it.
 * Read from the analysis the diagrams are drawn from, so the name is one the diagram carries.
 */
export function addElementAtHandler(connection: Connection, services: SvcServices): void {
    connection.onRequest(ELEMENT_AT_REQUEST, async (raw: unknown, token: CancellationToken): Promise<ElementAtResult> => {
        const params = parseElementAtParams(raw);
        await workspaceBuilt(services, token);
        return elementAt(services.analysis.WorkspaceAnalysis.current(), params);
    });
}

export function elementAt(analysis: Analysis, { uri, position }: ElementAtParams): ElementAtResult {
    const document = analysis.index.documentOf(uri);
    const pkg = document === undefined || document.builtin ? null : document.package;
    const owner = analysis.index.ownerAt({ uri, range: { start: position, end: position } });
    if (owner === undefined || owner.kind === 'policy' || owner.builtin) return { element: null, service: null, package: pkg };
    return { element: owner.qualifiedName, service: serviceOf(analysis, owner), package: pkg };
}

function serviceOf(analysis: Analysis, declaration: Declaration): string | null {
    if (declaration.kind === 'service') return declaration.qualifiedName;
    if (declaration.kind !== 'spec' && declaration.kind !== 'assessment') return null;
    return analysis.index.resolve(declaration.service, 'service')?.qualifiedName ?? null;
}

function parseElementAtParams(raw: unknown): ElementAtParams {
    const { uri, position } = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const { line, character } = (typeof position === 'object' && position !== null ? position : {}) as Record<string, unknown>;
    const isIndex = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
    if (typeof uri !== 'string' || uri.length === 0 || uri.length > MAX_URI || !isIndex(line) || !isIndex(character)) {
        throw new ResponseError(ErrorCodes.InvalidParams, 'expected { uri, position: { line, character } }');
    }
    return { uri, position: { line, character } };
}
