// The requests behind the editor's alignment preview. Only names and types live here, with no
// imports at run time, so that the VS Code extension can bundle this file without the server.
import type { SourceLocation } from '@svc-lang/core';
import type { DiagramScope, Theme, ViewName } from '@svc-lang/diagram';

/** The VS Code extension's command that opens the preview; the code lens runs it. */
export const OPEN_PREVIEW_COMMAND = 'svc.openPreview';

/**
 * What a client says in `initializationOptions`. Only a client that runs
 * {@link OPEN_PREVIEW_COMMAND} gets the lens: in other editors it would be a dead link.
 */
export interface SvcInitializationOptions {
    openPreviewCommand?: boolean;
}

/** Draws one view of the workspace as the server last analysed it. */
export const DIAGRAM_REQUEST = 'svc/diagram';

export interface DiagramParams {
    view: ViewName;
    /** profile and gaps: the service (qualified name, or a simple name only one service has); default the first with values. */
    element?: string;
    theme?: Theme;
    /** What part of the workspace the stack, alignment and agility views draw; default all of it. */
    scope?: DiagramScope;
    /** `false`: the stack view without its `manages` edges (default true). */
    manages?: boolean;
}

export interface DiagramResult {
    svg: string;
    view: ViewName;
    /** The service drawn (qualified name), or null for the views of the whole workspace. */
    element: string | null;
    /**
     * The choices of the preview's service picker: the services with values to draw first (the
     * first `valued` of them), then the others, each in workspace order.
     */
    services: string[];
    valued: number;
    /**
     * True while some document has syntax errors: the diagram is then the last one drawn from a
     * workspace without any (or, if there never was one, what could be parsed), and `message` says so.
     */
    stale: boolean;
    message?: string;
}

/** Where a declaration is named, by qualified name: where a click on a diagram's shape leads. */
export const ELEMENT_LOCATION_REQUEST = 'svc/elementLocation';

export interface ElementLocationParams {
    element: string;
}

export type ElementLocationResult = SourceLocation | null;

/** The declaration under the editor's caret: what the preview follows. */
export const ELEMENT_AT_REQUEST = 'svc/elementAt';

export interface ElementAtParams {
    /** The document, as the client names it. */
    uri: string;
    position: { line: number; character: number };
}

export interface ElementAtResult {
    /** The qualified name of the top-level declaration the caret is in; null outside every declaration. */
    element: string | null;
    /** The service that declaration is about: the service itself, or the service of a spec or assessment. */
    service: string | null;
    /** The document's package ('' for the root package); null when the URI is no document of the workspace. */
    package: string | null;
}
