import type { Finding, Severity } from '@svc-lang/core';
import type { Mark } from './marks.js';
import type { GraphEdge, GraphNode } from './views/graph.js';

/**
 * The words of a diagram's text alternative (its `<desc>`): what a reader who cannot see the
 * drawing, or hover over it, needs to know. Each view says what it shows; the findings are
 * said the same way everywhere. Plain sentences, in model order, so the same input always
 * gives the same words.
 */

/** How many names a list spells out before it says how many more there are. */
const LISTED = 12;

/** `1 service`, `3 services`, `no services`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
    return n === 0 ? `no ${plural}` : `${n} ${n === 1 ? singular : plural}`;
}

/** `A, B and 3 more`: the first names, and how many are left out. */
export function names(list: readonly string[]): string {
    const shown = list.slice(0, LISTED).join(', ');
    return list.length > LISTED ? `${shown} and ${list.length - LISTED} more` : shown;
}

/** `Heading (2): A, B.`, or `Heading: none.` */
export function listed(heading: string, list: readonly string[]): string {
    return list.length === 0 ? `${heading}: none.` : `${heading} (${list.length}): ${names(list)}.`;
}

/** A shape a rule flags: what a reader calls it, and the mark on it. */
export interface Flagged {
    what: string;
    mark: Mark;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * The findings the drawing marks: how many of each severity (a finding marked on two shapes
 * counts once), then each marked shape with what the rules say about it, worst first.
 */
export function findingsText(flagged: readonly Flagged[]): string[] {
    const findings = new Set<Finding>(flagged.flatMap(item => item.mark.findings));
    if (findings.size === 0) return ['Findings marked: none.'];
    const bySeverity = SEVERITIES.map(severity =>
        count([...findings].filter(f => f.severity === severity).length, severity, severity === 'info' ? 'info' : undefined)
    );
    const shapes = SEVERITIES.flatMap(severity => flagged.filter(item => item.mark.severity === severity)).map(
        item => `${item.what}: ${item.mark.lines.join('; ')}.`
    );
    return [`Findings marked: ${bySeverity.join(', ')}.`, ...shapes];
}

/** How a link of each relation reads in words. */
const RELATIONS: Record<string, string> = {
    addresses: 'addressed by',
    aligns: 'aligned by an alignment',
    supportedBy: 'supported by',
    manages: 'manages',
    affects: 'change affects need',
    on: 'gap on need',
    of: 'assessment of service',
    respondsTo: 'alignment responds to'
};

/** `Links (9): 4 addressed by, 5 supported by.`: the links of each relation, in the order they first appear. */
export function linksText(edges: readonly GraphEdge[]): string {
    const counts = new Map<string, number>();
    for (const edge of edges) counts.set(edge.relation, (counts.get(edge.relation) ?? 0) + 1);
    const parts = [...counts].map(([relation, n]) => `${n} ${RELATIONS[relation] ?? relation}`);
    return edges.length === 0 ? 'Links: none.' : `Links (${edges.length}): ${parts.join(', ')}.`;
}

/** The flagged boxes (by kind and title) and links (by what they state) of a graph view. */
export function flaggedInGraph(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): Flagged[] {
    return [
        ...nodes.flatMap(node =>
            node.mark ? [{ what: `${node.kind === 'management' ? 'management service' : node.kind} ${node.title}`, mark: node.mark }] : []
        ),
        ...edges.flatMap(edge => (edge.mark ? [{ what: `link: ${edge.tooltip}`, mark: edge.mark }] : []))
    ];
}
