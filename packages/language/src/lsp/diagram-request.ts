import { UriUtils, type LangiumDocument } from 'langium';
import { ErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import {
    findService,
    renderView,
    serviceSubjects,
    SERVICE_VIEWS,
    THEMES,
    UnknownElementError,
    UnknownScopeError,
    VIEWS,
    type DiagramInput,
    type Theme,
    type ViewName
} from '@svc-lang/diagram';
import { parseDiagramScope } from './diagram-scope-params.js';
import { isBuiltinUri } from '../builtins.js';
import type { SvcServices } from '../svc-module.js';
import type { Analysis } from '@svc-lang/core';
import { DIAGRAM_REQUEST, type DiagramParams, type DiagramResult } from './diagram-protocol.js';
import { workspaceBuilt } from './workspace-built.js';

/** Longer names are no qualified name anyone wrote: refused before any look-up. */
const MAX_ELEMENT_LENGTH = 1000;

/** Answers `svc/diagram` on the connection (the preview's one way to the model). */
export function addDiagramRequestHandler(connection: Connection, services: SvcServices): void {
    const diagrams = new DiagramRequests(services);
    connection.onRequest(DIAGRAM_REQUEST, (params: unknown, token: CancellationToken) => diagrams.draw(params, token));
}

/**
 * Draws views with the renderer `svc render` uses, from the analysis the diagnostics come from:
 * the extension never parses. While the user's text has syntax errors, the model misses
 * whatever follows the error, and a diagram drawn from it would lose half its boxes at every
 * typo; so the analysis of the last workspace without syntax errors is kept and drawn instead.
 * It is kept here, where the preview asks, so that a server without a preview pays nothing.
 */
export class DiagramRequests {
    private lastGood: Analysis | undefined;

    constructor(private readonly services: SvcServices) {}

    async draw(raw: unknown, token: CancellationToken): Promise<DiagramResult> {
        const params = parseDiagramParams(raw);
        await workspaceBuilt(this.services, token);
        const current = this.services.analysis.WorkspaceAnalysis.current();
        const broken = this.services.shared.workspace.LangiumDocuments.all.find(hasSyntaxErrors);
        if (!broken) this.lastGood = current;
        const result = this.lastGood ?? current;
        const drawing = await drawView(result, params);
        if (!broken) return { ...drawing, stale: false };
        const shown = this.lastGood ? 'the last diagram drawn without syntax errors' : 'what could be read';
        return { ...drawing, stale: true, message: `${UriUtils.basename(broken.uri)} has syntax errors: showing ${shown}.` };
    }
}

/** The params, checked: anything else is the client's error, answered as such. */
export function parseDiagramParams(raw: unknown): DiagramParams {
    if (typeof raw !== 'object' || raw === null) throw invalid('params must be an object');
    const { view, element, theme, scope, manages } = raw as Record<string, unknown>;
    if (manages !== undefined && typeof manages !== 'boolean') throw invalid('manages must be true or false');
    if (!VIEWS.includes(view as ViewName)) throw invalid(`unknown view ${JSON.stringify(view)} (one of ${VIEWS.join(', ')})`);
    if (theme !== undefined && !THEMES.includes(theme as Theme)) throw invalid(`unknown theme ${JSON.stringify(theme)} (one of ${THEMES.join(', ')})`);
    return {
        view: view as ViewName,
        ...(element === undefined ? {} : { element: parseElement(element) }),
        ...(theme === undefined ? {} : { theme: theme as Theme }),
        ...(scope === undefined ? {} : { scope: parseDiagramScope(scope) }),
        ...(manages === undefined ? {} : { manages })
    };
}

/** A qualified name as a client sends one, checked before any look-up (both preview requests take one). */
export function parseElement(element: unknown): string {
    if (typeof element !== 'string' || element.length === 0 || element.length > MAX_ELEMENT_LENGTH) throw invalid('element must be a qualified name');
    return element;
}

async function drawView(input: DiagramInput, params: DiagramParams): Promise<Omit<DiagramResult, 'stale'>> {
    const services = serviceSubjects(input);
    const element = SERVICE_VIEWS.includes(params.view) ? serviceFor(input, params, services) : undefined;
    const options = {
        theme: params.theme ?? 'auto',
        ...(element === undefined ? {} : { element }),
        ...(params.scope ? { scope: params.scope } : {}),
        ...(params.manages === undefined ? {} : { manages: params.manages })
    } as const;
    const svg = await renderView(input, params.view, options).catch((error: unknown) => {
        // A scope naming a package, file or element the workspace no longer has: the client's to change.
        throw error instanceof UnknownScopeError || error instanceof UnknownElementError ? invalid(error.message) : error;
    });
    // Services with values first: the picker never opens on an empty stub, but offers every service.
    const valued = new Set(services);
    const others = input.index
        .all('service')
        .filter(service => !valued.has(service.qualifiedName))
        .map(service => service.qualifiedName);
    return { svg, view: params.view, element: element ?? null, services: [...services, ...new Set(others)], valued: services.length };
}

function serviceFor(input: DiagramInput, params: DiagramParams, subjects: string[]): string {
    if (params.element === undefined) {
        const first = subjects[0];
        if (first === undefined) throw new ResponseError(ErrorCodes.InvalidParams, `no service has values to draw in the ${params.view} view`);
        return first;
    }
    const service = findService(input, params.element);
    if (service === undefined) throw invalid(`no service named '${params.element}'`);
    return service;
}

function hasSyntaxErrors(document: LangiumDocument): boolean {
    const { lexerErrors, parserErrors } = document.parseResult;
    return !isBuiltinUri(document.uri.toString()) && (lexerErrors.length > 0 || parserErrors.length > 0);
}

function invalid(message: string): ResponseError<void> {
    return new ResponseError(ErrorCodes.InvalidParams, message);
}
