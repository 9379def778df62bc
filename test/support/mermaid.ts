import { JSDOM } from 'jsdom';

/** What the real Mermaid parser read from a flowchart: its directive config and its graph. */
export interface ParsedFlowchart {
    /** Front matter and `%%{init: …}%%` directives, merged: svc writes neither. */
    config: object;
    /** Node ids, in the order Mermaid met them. */
    nodes: string[];
    edges: number;
    subgraphs: number;
}

interface FlowDb {
    getVertices(): Map<string, unknown>;
    getEdges(): unknown[];
    getSubGraphs(): unknown[];
}

let mermaid: Promise<typeof import('mermaid').default> | undefined;

/**
 * Parses Mermaid source with the real `mermaid` package, offline: Mermaid needs a DOM for its
 * sanitiser, which jsdom provides. Throws where Mermaid would show a syntax error.
 */
export async function parseFlowchart(source: string): Promise<ParsedFlowchart> {
    mermaid ??= loadMermaid();
    const api = await mermaid;
    const { config } = await api.parse(source);
    const diagram = await api.mermaidAPI.getDiagramFromText(source);
    const db = diagram.db as unknown as FlowDb;
    return { config, nodes: [...db.getVertices().keys()], edges: db.getEdges().length, subgraphs: db.getSubGraphs().length };
}

async function loadMermaid(): Promise<typeof import('mermaid').default> {
    const { window } = new JSDOM('<!DOCTYPE html><body></body>');
    Object.assign(globalThis, { window, document: window.document });
    return (await import('mermaid')).default;
}

/** The nodes, edges and subgraphs svc wrote, counted from its own statements (flowchart.ts). */
export function writtenFlowchart(source: string): Omit<ParsedFlowchart, 'config'> {
    const lines = source.split('\n');
    return {
        nodes: lines.flatMap(line => /^ {8}(n\d+|\w+_empty)[[({>]/.exec(line)?.slice(1, 2) ?? []),
        edges: lines.filter(line => /^ {4}n\d+ (-->|-\.->)\|/.test(line)).length,
        subgraphs: lines.filter(line => /^ {4}subgraph /.test(line)).length
    };
}
