import type { Severity } from '@svc-lang/core';
import { Context, type DiagramInput } from '../context.js';
import { LEVEL_LABELS } from '../levels.js';
import type { DiagramScope } from '../scope.js';
import { buildAlignmentView, COLUMNS } from '../views/alignment.js';
import type { GraphEdge, GraphNode, NodeKind } from '../views/graph.js';
import { buildStackView, NEEDS_GROUP } from '../views/stack.js';
import { label } from './text.js';

/**
 * The graph views as Mermaid flowcharts, built from the same view data as the SVG (so the same
 * nodes, edges and marks) but without layout: Mermaid lays them out where they are shown. This
 * path imports no ELK.
 */

export const MERMAID_VIEWS = ['stack', 'alignment'] as const;
export type MermaidView = (typeof MERMAID_VIEWS)[number];

export interface MermaidOptions {
    /** The part of the workspace drawn (default: all of it), as for `renderView`. */
    scope?: DiagramScope;
}

/** The flowchart as Mermaid source, one statement a line. The same input always gives the same text. */
export function mermaidFlowchart(input: DiagramInput, view: MermaidView, options: MermaidOptions = {}): string {
    const ctx = new Context(input, options.scope);
    const chart = view === 'stack' ? stackChart(ctx) : alignmentChart(ctx);
    return `${chart.lines().join('\n')}\n`;
}

/** Each kind has its own shape, so the chart reads without the colours a renderer may not apply. */
const SHAPES: Record<NodeKind, [string, string]> = {
    need: ['([', '])'],
    service: ['[', ']'],
    management: ['[[', ']]'],
    change: ['>', ']'],
    gap: ['{{', '}}'],
    assessment: ['[/', '/]'],
    alignment: ['(', ')']
};

/** Flagged elements and links: the severity's colour and a dash pattern, as in the SVG. */
const FLAG_STYLES: Record<Severity, string> = {
    error: 'stroke:#c62828,stroke-width:3px,stroke-dasharray:6 3',
    warning: 'stroke:#a35400,stroke-width:3px,stroke-dasharray:4 3',
    info: 'stroke:#1e67ad,stroke-width:2px,stroke-dasharray:2 3'
};

/**
 * Collects the statements. Node ids are `n0`, `n1`, … in the order nodes are declared, never a
 * name from the model: a name could be a Mermaid keyword (`end`, `click`) or carry syntax.
 */
class Chart {
    private readonly body: string[] = [];
    private readonly ids = new Map<string, string>();
    private readonly flagged: string[] = [];
    private readonly linkStyles: string[] = [];
    private links = 0;

    constructor(private readonly header: string[]) {}

    subgraph(id: string, title: string, nodes: readonly GraphNode[], empty?: string): void {
        this.body.push(`    subgraph ${id}[${label([title])}]`);
        nodes.forEach(node => this.node(node, '        '));
        if (nodes.length === 0 && empty !== undefined) this.body.push(`        ${id}_empty[${label([empty])}]:::empty`);
        this.body.push('    end');
    }

    node(node: GraphNode, indent: string): void {
        const id = `n${this.ids.size}`;
        this.ids.set(node.id, id);
        const rules = node.mark ? [`⚑ ${[...new Set(node.mark.findings.map(finding => finding.rule))].join(', ')}`] : [];
        const [open, close] = SHAPES[node.kind];
        this.body.push(`${indent}${id}${open}${label([node.title, node.detail, ...(node.notes ?? []), ...rules])}${close}`);
        if (node.mark) this.flagged.push(`    class ${id} ${node.mark.severity}`);
    }

    edges(edges: readonly GraphEdge[], arrow: string): void {
        for (const edge of edges) {
            this.body.push(`    ${this.ids.get(edge.source)} ${arrow}|${label([edge.relation])}| ${this.ids.get(edge.target)}`);
            if (edge.mark) this.linkStyles.push(`    linkStyle ${this.links} ${FLAG_STYLES[edge.mark.severity]}`);
            this.links += 1;
        }
    }

    lines(): string[] {
        const classes = (Object.keys(FLAG_STYLES) as Severity[]).map(severity => `    classDef ${severity} ${FLAG_STYLES[severity]}`);
        return [...this.header, ...this.body, ...classes, '    classDef empty fill:none,stroke-dasharray:2 2', ...this.flagged, ...this.linkStyles];
    }
}

function stackChart(ctx: Context): Chart {
    const view = buildStackView(ctx);
    const chart = new Chart(['%% svc: service stack', 'flowchart TB']);
    const inGroup = (group: number) => view.graph.nodes.filter(node => node.group === group);
    chart.subgraph('needs', 'Needs', inGroup(NEEDS_GROUP));
    for (const band of view.levels) chart.subgraph(`level${band.group}`, LEVEL_LABELS[band.level], inGroup(band.group), 'no service at this level');
    chart.subgraph('management', LEVEL_LABELS['service-management'], view.management, 'no service-management service');
    chart.edges(
        view.graph.edges.filter(edge => edge.relation !== 'aligns'),
        '-->'
    );
    chart.edges(
        view.graph.edges.filter(edge => edge.relation === 'aligns'),
        '-.->'
    );
    chart.edges(view.manages, '-.->');
    return chart;
}

function alignmentChart(ctx: Context): Chart {
    const view = buildAlignmentView(ctx);
    const chart = new Chart(['%% svc: total alignment', 'flowchart LR']);
    COLUMNS.forEach((column, group) => {
        const nodes = view.graph.nodes.filter(node => node.group === group);
        if (nodes.length > 0) chart.subgraph(`column${group}`, column, nodes);
    });
    chart.edges(view.graph.edges, '-->');
    return chart;
}
