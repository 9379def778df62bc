import type { Service } from '@svc-lang/core';
import { Context, labelOf, type DiagramInput } from './context.js';
import { layoutAlignment } from './layout/alignment.js';
import { layoutBars } from './layout/bars.js';
import { layoutRadar } from './layout/radar.js';
import { layoutStack } from './layout/stack.js';
import { layoutTimeline } from './layout/timeline.js';
import type { Scene } from './scene.js';
import { UnknownElementError, WHOLE_WORKSPACE, type DiagramScope } from './scope.js';
import { overLimit } from './size.js';
import { emitSvg } from './svg/emit.js';
import type { Theme } from './theme.js';
import { buildAgilityView } from './views/agility.js';
import { buildAlignmentView } from './views/alignment.js';
import { buildGapsView } from './views/gaps.js';
import { buildProfileView } from './views/profile.js';
import { buildStackView } from './views/stack.js';

export const VIEWS = ['stack', 'alignment', 'profile', 'gaps', 'agility'] as const;
export type ViewName = (typeof VIEWS)[number];

/** Views drawn for one service at a time. */
export const SERVICE_VIEWS: readonly ViewName[] = ['profile', 'gaps'];

export interface RenderOptions {
    /** For the profile and gaps views: the service, by qualified name or by a simple name that only one service has. */
    element?: string;
    /** `auto` (the default) follows the reader's light or dark preference. */
    theme?: Theme;
    /**
     * `true` (the default): a view larger than its limit (size.ts) is not laid out; the SVG is a
     * small notice saying so, drawn in milliseconds, so an editor's preview never waits long.
     * `false`: draw whatever the size (for `svc render`, which writes files).
     */
    sizeLimit?: boolean;
    /** The part of the workspace the stack, alignment and agility views draw (default: all of it); profile and gaps ignore it. See scope.ts. */
    scope?: DiagramScope;
    /** `false`: the stack view leaves out the `manages` edges, which cross a dense stack; the management band keeps its boxes. */
    manages?: boolean;
}

/** The diagram as an SVG document. The same input and options always give the same bytes. */
export async function renderView(input: DiagramInput, view: ViewName, options: RenderOptions = {}): Promise<string> {
    // A per-service view is about its service whatever the scope: the scope is not even looked up.
    const ctx = new Context(input, SERVICE_VIEWS.includes(view) ? WHOLE_WORKSPACE : options.scope);
    const scene = await buildScene(ctx, view, options.element, options.sizeLimit ?? true, options.manages ?? true);
    return emitSvg(scene, options.theme ?? 'auto', idPrefix(ctx, view, options.element));
}

/**
 * What the ids inside one diagram start with: the view, and for a per-service view the
 * service's qualified name (letters, digits, `_` and `.` only, so safe in `url(#…)`). Distinct
 * for every diagram of one workspace, so a report can inline them all; derived, not counted,
 * so the output stays the same whatever else is drawn.
 */
function idPrefix(ctx: Context, view: ViewName, element: string | undefined): string {
    return SERVICE_VIEWS.includes(view) ? `svc-${view}-${serviceNamed(ctx, element).qualifiedName}` : `svc-${view}`;
}

/**
 * The laid-out view before it becomes text: what the layout tests inspect. With `sizeLimit`,
 * a stack or alignment view over its limit (size.ts) becomes the notice instead.
 */
export async function buildScene(ctx: Context, view: ViewName, element?: string, sizeLimit = false, manages = true): Promise<Scene> {
    switch (view) {
        case 'stack': {
            const stack = buildStackView(ctx, manages);
            const notice = sizeLimit ? overLimit('stack', 'Service stack', [...stack.graph.nodes, ...stack.management]) : undefined;
            return notice ?? layoutStack(stack, 'Service stack');
        }
        case 'alignment': {
            const alignment = buildAlignmentView(ctx);
            const notice = sizeLimit ? overLimit('alignment', 'Total alignment', alignment.graph.nodes) : undefined;
            return notice ?? layoutAlignment(alignment, 'Total alignment');
        }
        case 'agility':
            return layoutTimeline(buildAgilityView(ctx), 'Agility: from need to response');
        case 'profile': {
            const service = serviceNamed(ctx, element);
            return layoutRadar(buildProfileView(ctx, service), `Experience profile: ${labelOf(service)}`);
        }
        case 'gaps': {
            const service = serviceNamed(ctx, element);
            return layoutBars(buildGapsView(ctx, service), `SEM gaps: ${labelOf(service)}`);
        }
    }
}

/** The services a per-service view is drawn for by default: those with any SEM value, in workspace order. */
export function serviceSubjects(input: DiagramInput): string[] {
    return [...new Set(input.indicators.sem.map(row => row.service))];
}

/** The qualified name of the service `name` means, or undefined. */
export function findService(input: DiagramInput, name: string): string | undefined {
    const ctx = new Context(input);
    return lookUp(ctx, name)?.qualifiedName;
}

function lookUp(ctx: Context, name: string): Service | undefined {
    const exact = ctx.index.named(name).find((d): d is Service => d.kind === 'service' && !d.builtin);
    if (exact) return exact;
    const simple = ctx.index.all('service').filter(service => service.name === name);
    return simple.length === 1 ? simple[0] : undefined;
}

function serviceNamed(ctx: Context, name: string | undefined): Service {
    const service = name === undefined ? undefined : lookUp(ctx, name);
    if (!service) throw new UnknownElementError(name === undefined ? 'this view needs a service (element)' : `no service named '${name}'`);
    return service;
}
