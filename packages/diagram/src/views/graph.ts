import type { Declaration } from '@svc-lang/core';
import { describe, labelOf, type Context } from '../context.js';
import type { Mark } from '../marks.js';

/** The graph views (stack, alignment) as plain data, before layout. */

export type NodeKind = 'need' | 'service' | 'management' | 'change' | 'gap' | 'assessment' | 'alignment';

export interface GraphNode {
    /** The declaration's qualified name: unique within a graph, and the `data-element`. */
    id: string;
    kind: NodeKind;
    /** The band (stack) or column (alignment) the node belongs in, first = 0. */
    group: number;
    title: string;
    /** One short line under the title: the name and a key figure. */
    detail: string;
    /** Further short lines under the detail, for figures that need one each (an alignment's claimed and measured effect). */
    notes?: string[];
    tooltip: string[];
    mark?: Mark;
}

export interface GraphEdge {
    source: string;
    target: string;
    relation: string;
    /** The declaration that states the relation: where a click on the edge leads. */
    element: string;
    tooltip: string;
    mark?: Mark;
}

export interface Graph {
    nodes: GraphNode[];
    edges: GraphEdge[];
}

export function declarationNode(ctx: Context, declaration: Declaration, kind: NodeKind, group: number, facts: string[] = [], notes: string[] = []): GraphNode {
    const mark = ctx.marks.of(declaration.qualifiedName);
    return {
        id: declaration.qualifiedName,
        kind,
        group,
        title: labelOf(declaration),
        detail: [declaration.name, ...facts].join(' · '),
        ...(notes.length > 0 ? { notes } : {}),
        tooltip: [...describe(declaration), ...notes],
        ...(mark ? { mark } : {})
    };
}

/**
 * Collects a graph's edges: one per (source, target) pair, the first relation stated wins (so
 * a need both addressed and aligned shows one line), and only between nodes of the graph.
 */
export class EdgeSet {
    private readonly edges = new Map<string, GraphEdge>();

    constructor(
        private readonly ctx: Context,
        private readonly nodes: ReadonlySet<string>
    ) {}

    add(source: string | undefined, target: string | undefined, relation: string, element: string, tooltip: string): void {
        if (source === undefined || target === undefined || source === target) return;
        if (!this.nodes.has(source) || !this.nodes.has(target)) return;
        const key = `${source}\u0000${target}`;
        if (this.edges.has(key)) return;
        const mark = this.ctx.marks.link(source, target);
        this.edges.set(key, { source, target, relation, element, tooltip, ...(mark ? { mark } : {}) });
    }

    list(): GraphEdge[] {
        return [...this.edges.values()];
    }
}

/** Need → service edges: `addresses` (stated by the service), then `aligns` (stated by an alignment). */
export function addCoverEdges(ctx: Context, edges: EdgeSet): void {
    for (const service of ctx.index.all('service')) {
        for (const ref of service.addresses) {
            edges.add(ref.target, service.qualifiedName, 'addresses', service.qualifiedName, `${service.qualifiedName} addresses ${ref.target}`);
        }
    }
    for (const alignment of ctx.index.all('alignment')) {
        for (const clause of alignment.aligns) {
            for (const ref of clause.services) {
                const tooltip = `${alignment.qualifiedName} aligns ${clause.need.target} with ${ref.target}`;
                edges.add(clause.need.target, ref.target, 'aligns', alignment.qualifiedName, tooltip);
            }
        }
    }
}

/** A duplicate qualified name (an error of its own) is drawn once, as references resolve to the first. */
export function unique(nodes: GraphNode[]): GraphNode[] {
    const seen = new Set<string>();
    return nodes.filter(node => !seen.has(node.id) && seen.add(node.id));
}
