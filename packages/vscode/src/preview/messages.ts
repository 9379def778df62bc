// The messages between the preview page and the extension, and their validation. Each side
// checks every message it receives with these functions and acts only on what they return:
// a webview is a web page, and neither side trusts the other's data blindly. No `vscode` and
// no DOM here, so that both sides (and the unit tests) import it.
import type { ViewName } from '@svc-lang/diagram';

/** The views the switcher offers, in order, with their labels. Typed by the renderer's views: a new view fails to compile until it is labelled. */
export const VIEW_LABELS: Readonly<Record<ViewName, string>> = {
    stack: 'Service stack',
    alignment: 'Total alignment',
    profile: 'Experience profile',
    gaps: 'SEM gaps',
    agility: 'Agility'
};

/** What the stack, alignment and agility views draw: the scope picker's choices, in order, with their labels. */
export const SCOPE_LABELS = {
    package: "This file's package",
    file: 'This file',
    element: 'Around the caret',
    workspace: 'Whole workspace'
} as const;
export type ScopeChoice = keyof typeof SCOPE_LABELS;
/** Steps from the element under the caret, for `element`: the server's limit. */
export const MAX_DEPTH = 9;

/** No qualified name is longer; the picker's list is capped likewise. */
const MAX_NAME = 1000;
const MAX_SERVICES = 10_000;
/** Far beyond any diagram of a real workspace, and still a bound. */
const MAX_SVG = 50_000_000;
const MAX_TEXT = 10_000;

/** Extension → page. */
export type ToPage =
    | {
          type: 'diagram';
          svg: string;
          view: ViewName;
          /** The service drawn; null for the views of the whole workspace (then the picker hides). */
          element: string | null;
          /** The picker's services: the first `valued` have values to draw, the others follow. */
          services: string[];
          valued: number;
          /** Shown in the banner: why the diagram may be behind the text. */
          notice: string | null;
          /** The scope picked, and its steps for `element`: what the picker shows. */
          scope: ScopeChoice;
          depth: number;
          /** Whether the stack view draws its `manages` edges: what the toggle shows. */
          manages: boolean;
      }
    /** Nothing could be drawn: the banner says why, and the last diagram stays. */
    | { type: 'failure'; message: string }
    /** The declaration under the editor's caret: marked, and scrolled into view, when the diagram shows it. */
    | { type: 'highlight'; element: string | null }
    /** Whether the preview follows the caret (the `svc.preview.followCursor` setting, then the toolbar's toggle). */
    | { type: 'following'; on: boolean };

/** Page → extension. */
export type FromPage =
    | { type: 'ready' }
    | { type: 'selectView'; view: ViewName }
    | { type: 'selectElement'; element: string }
    | { type: 'reveal'; element: string }
    | { type: 'follow'; on: boolean }
    | { type: 'selectScope'; scope: ScopeChoice; depth: number }
    | { type: 'showManages'; on: boolean }
    | { type: 'export' };

export function isView(value: unknown): value is ViewName {
    return typeof value === 'string' && Object.hasOwn(VIEW_LABELS, value);
}

/** A message from the page, rebuilt from its checked fields; undefined for anything else. */
export function parseFromPage(data: unknown): FromPage | undefined {
    if (!isRecord(data)) return undefined;
    switch (data['type']) {
        case 'ready':
        case 'export':
            return { type: data['type'] };
        case 'selectView':
            return isView(data['view']) ? { type: 'selectView', view: data['view'] } : undefined;
        case 'selectElement':
        case 'reveal':
            return isName(data['element']) ? { type: data['type'], element: data['element'] } : undefined;
        case 'follow':
        case 'showManages':
            return typeof data['on'] === 'boolean' ? { type: data['type'], on: data['on'] } : undefined;
        case 'selectScope':
            return isScope(data['scope']) && isDepth(data['depth']) ? { type: 'selectScope', scope: data['scope'], depth: data['depth'] } : undefined;
        default:
            return undefined;
    }
}

/** A message from the extension, rebuilt from its checked fields; undefined for anything else. */
export function parseToPage(data: unknown): ToPage | undefined {
    if (!isRecord(data)) return undefined;
    if (data['type'] === 'failure') return isText(data['message']) ? { type: 'failure', message: data['message'] } : undefined;
    if (data['type'] === 'highlight') return data['element'] === null || isName(data['element']) ? { type: 'highlight', element: data['element'] } : undefined;
    if (data['type'] === 'following') return typeof data['on'] === 'boolean' ? { type: 'following', on: data['on'] } : undefined;
    if (data['type'] !== 'diagram') return undefined;
    const { svg, view, element, services, valued, notice, scope, depth, manages } = data;
    const valid =
        typeof svg === 'string' &&
        svg.length <= MAX_SVG &&
        isView(view) &&
        (element === null || isName(element)) &&
        Array.isArray(services) &&
        services.length <= MAX_SERVICES &&
        services.every(isName) &&
        typeof valued === 'number' &&
        Number.isInteger(valued) &&
        valued >= 0 &&
        valued <= services.length &&
        (notice === null || isText(notice)) &&
        isScope(scope) &&
        isDepth(depth) &&
        typeof manages === 'boolean';
    return valid ? { type: 'diagram', svg, view, element, services: [...services], valued, notice, scope, depth, manages } : undefined;
}

export function isScope(value: unknown): value is ScopeChoice {
    return typeof value === 'string' && Object.hasOwn(SCOPE_LABELS, value);
}

function isDepth(value: unknown): value is number {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_DEPTH;
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isName(value: unknown): value is string {
    return typeof value === 'string' && value.length > 0 && value.length <= MAX_NAME;
}

function isText(value: unknown): value is string {
    return typeof value === 'string' && value.length <= MAX_TEXT;
}

/** For the log: the start of a refused message. Any structured-clone value can arrive, and some (BigInt, cycles) JSON cannot write. */
export function describeRefused(data: unknown): string {
    try {
        return (JSON.stringify(data) ?? String(data)).slice(0, 200);
    } catch {
        return `a value (${typeof data}) that JSON cannot show`;
    }
}
