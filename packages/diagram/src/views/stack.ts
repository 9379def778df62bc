import { MANAGEMENT_LEVEL, STACK_LEVELS, type Service, type StackLevel } from '@svc-lang/core';
import type { Context } from '../context.js';
import { addCoverEdges, declarationNode, EdgeSet, unique, type Graph, type GraphEdge, type GraphNode } from './graph.js';

export interface LevelBand {
    level: StackLevel;
    group: number;
    empty: boolean;
}

/**
 * The service stack: needs (group 0) above one band per level (groups 1–6, top to bottom),
 * with `addresses`, `aligns` and `supportedBy` edges between them; the service-management
 * services beside the stack, with their `manages` edges.
 */
export interface StackView {
    graph: Graph;
    levels: LevelBand[];
    management: GraphNode[];
    manages: GraphEdge[];
    subtitle: string;
}

export const NEEDS_GROUP = 0;

/** `manages: false` leaves the `manages` edges out (the band keeps its boxes). */
export function buildStackView(ctx: Context, manages = true): StackView {
    const services = ctx.drawn('service').filter(service => service.level !== undefined);
    const stacked = services.filter(service => service.level !== MANAGEMENT_LEVEL);
    const nodes = [
        ...ctx.drawn('need').map(need => declarationNode(ctx, need, 'need', NEEDS_GROUP, need.priority ? [need.priority] : [])),
        ...stacked.map(service => declarationNode(ctx, service, 'service', levelGroup(service), serviceFacts(service)))
    ];
    const management = services
        .filter(service => service.level === MANAGEMENT_LEVEL)
        .map(service => declarationNode(ctx, service, 'management', -1, serviceFacts(service)));
    return {
        graph: { nodes: unique(nodes), edges: stackEdges(ctx, new Set(nodes.map(node => node.id))) },
        levels: levelBands(ctx),
        management: unique(management),
        manages: manages ? managesEdges(ctx, new Set(management.map(node => node.id)), new Set(stacked.map(service => service.qualifiedName))) : [],
        subtitle: ctx.subtitle(subtitle(ctx))
    };
}

/**
 * A band is empty (hatched) when the workspace has no service at its level, as the subtitle
 * counts: in a scoped view, a band without a drawn service may still be populated elsewhere.
 */
function levelBands(ctx: Context): LevelBand[] {
    const levels = new Set(ctx.index.all('service').map(service => service.level));
    return STACK_LEVELS.map((level, i) => ({ level, group: i + 1, empty: !levels.has(level) }));
}

function levelGroup(service: Service): number {
    return STACK_LEVELS.indexOf(service.level as StackLevel) + 1;
}

function serviceFacts(service: Service): string[] {
    return service.provider ? [service.provider] : [];
}

function stackEdges(ctx: Context, nodes: ReadonlySet<string>): GraphEdge[] {
    const edges = new EdgeSet(ctx, nodes);
    addCoverEdges(ctx, edges);
    for (const service of ctx.index.all('service')) {
        for (const ref of service.supportedBy) {
            edges.add(service.qualifiedName, ref.target, 'supportedBy', service.qualifiedName, `${service.qualifiedName} is supported by ${ref.target}`);
        }
    }
    return edges.list();
}

/** From the management band into the stack; a management service managing another is not drawn. */
function managesEdges(ctx: Context, managers: ReadonlySet<string>, stacked: ReadonlySet<string>): GraphEdge[] {
    const edges = new EdgeSet(ctx, new Set([...managers, ...stacked]));
    for (const service of ctx.index.all('service')) {
        if (!managers.has(service.qualifiedName)) continue;
        for (const ref of service.manages) {
            if (ref.target === undefined || !stacked.has(ref.target)) continue;
            edges.add(service.qualifiedName, ref.target, 'manages', service.qualifiedName, `${service.qualifiedName} manages ${ref.target}`);
        }
    }
    return edges.list();
}

function subtitle(ctx: Context): string {
    const { needs, levels } = ctx.input.indicators.coverage;
    const empty = levels.empty.length > 0 ? ` (empty: ${levels.empty.join(', ')})` : '';
    return `${needs.count} of ${needs.total} needs covered · ${levels.populated} of ${levels.total} stack levels populated${empty}`;
}
