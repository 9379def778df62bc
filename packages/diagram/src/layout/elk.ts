import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Box, Point } from '../scene.js';

export interface ElkInputNode {
    id: string;
    width: number;
    height: number;
    /** Nodes of a lower partition come first in the layout direction: bands, columns. */
    partition: number;
}

export interface ElkInputEdge {
    source: string;
    target: string;
}

export interface ElkResult {
    boxes: Map<string, Box>;
    /** One route per input edge, in input order. */
    routes: Point[][];
    width: number;
    height: number;
}

/**
 * Fixed options: layered, orthogonal edges, partitions in order, a fixed random seed and the
 * input's order as a tie-breaker, so the same graph always gets the same coordinates.
 */
const OPTIONS = {
    'elk.algorithm': 'layered',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.partitioning.activate': 'true',
    // Components laid out apart would be packed in input order, ignoring the partitions.
    'elk.separateConnectedComponents': 'false',
    'elk.randomSeed': '1',
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.spacing.nodeNode': '28',
    'elk.layered.spacing.nodeNodeBetweenLayers': '56',
    'elk.spacing.edgeNode': '14',
    'elk.spacing.edgeEdge': '8',
    'elk.layered.spacing.edgeNodeBetweenLayers': '16',
    'elk.layered.spacing.edgeEdgeBetweenLayers': '8',
    'elk.padding': '[top=0,left=0,bottom=0,right=0]'
};

type Elk = { layout(graph: ElkNode): Promise<ElkNode> };
let elk: Promise<Elk> | undefined;

// Loaded on first use: the CLI bundle carries ELK, and commands that draw nothing should not pay for it.
// elk.bundled.js runs ELK in-process (no worker), in Node and in a browser alike.
function loadElk(): Promise<Elk> {
    elk ??= import('elkjs/lib/elk.bundled.js').then(module => {
        const ELK = module.default as unknown as new () => Elk;
        return new ELK();
    });
    return elk;
}

export async function layoutLayered(nodes: readonly ElkInputNode[], edges: readonly ElkInputEdge[], direction: 'DOWN' | 'RIGHT'): Promise<ElkResult> {
    const graph: ElkNode = {
        id: 'root',
        layoutOptions: { ...OPTIONS, 'elk.direction': direction },
        children: nodes.map(node => ({
            id: node.id,
            width: node.width,
            height: node.height,
            layoutOptions: { 'elk.partitioning.partition': String(node.partition) }
        })),
        edges: edges.map((edge, i): ElkExtendedEdge => ({ id: `e${i}`, sources: [edge.source], targets: [edge.target] }))
    };
    const laid = await (await loadElk()).layout(graph);
    const boxes = new Map(
        (laid.children ?? []).map(child => [child.id, { x: child.x ?? 0, y: child.y ?? 0, width: child.width ?? 0, height: child.height ?? 0 }])
    );
    const byId = new Map((laid.edges ?? []).map(edge => [edge.id, routeOf(edge)]));
    const routes = edges.map((_, i) => byId.get(`e${i}`) ?? []);
    return { boxes, routes, width: laid.width ?? 0, height: laid.height ?? 0 };
}

function routeOf(edge: ElkExtendedEdge): Point[] {
    return (edge.sections ?? []).flatMap(section => [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]).map(p => ({ x: p.x, y: p.y }));
}
