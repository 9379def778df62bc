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

export function buildStackView(ctx: Context): StackView {
    const services = ctx.index.all('service').filter(service => service.level !== undefined);
    const stacked = services.filter(service => service.level !== MANAGEMENT_LEVEL);
    const nodes = [
        ...ctx.index.all('need').map(need => declarationNode(ctx, need, 'need', NEEDS_GROUP, need.priority ? [need.priority] : [])),
        ...stacked.map(service => declarationNode(ctx, service, 'service', levelGroup(service), serviceFacts(service)))
    ];
    const management = services
        .filter(service => service.level === MANAGEMENT_LEVEL)
        .map(service => declarationNode(ctx, service, 'management', -1, serviceFacts(service)));
    return {
        graph: { nodes: unique(nodes), edges: stackEdges(ctx, new Set(nodes.map(node => node.id))) },
        levels: STACK_LEVELS.map((level, i) => ({ level, group: i + 1, empty: !stacked.some(s => s.level === level) })),
        management: unique(management),
        manages: managesEdges(ctx, new Set(management.map(node => node.id)), new Set(stacked.map(service => service.qualifiedName))),
        subtitle: subtitle(ctx)
    };
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
