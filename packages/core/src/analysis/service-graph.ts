import type { Ref, Service } from '../model.js';
import type { Derived, WorkspaceIndex } from './index.js';

/**
 * The services as numbered nodes, one per qualified name, numbered in workspace order, with
 * their `supportedBy` and `manages` edges resolved: what the stack rules walk on every
 * keystroke, over every service, on typed arrays rather than maps of names. Two services with
 * one name are one node (references resolve by name), with the edges of both.
 */
export interface ServiceGraph {
    /** Node → qualified name. */
    readonly names: readonly string[];
    readonly nodeOf: ReadonlyMap<string, number>;
    /** Node → the nodes its services name in `supportedBy`, in order. */
    readonly supporters: readonly (readonly number[])[];
    /** Node → the nodes whose services name it in `supportedBy`. */
    readonly dependants: readonly (readonly number[])[];
    /** Node → the nodes whose services name it in `manages`. */
    readonly managers: readonly (readonly number[])[];
}

export function serviceGraph(index: WorkspaceIndex): ServiceGraph {
    return index.derived(SERVICE_GRAPH);
}

const SERVICE_GRAPH: Derived<ServiceGraph> = {
    compute: index => {
        const services = index.all('service');
        const names: string[] = [];
        const nodeOf = new Map<string, number>();
        for (const service of services) {
            if (nodeOf.has(service.qualifiedName)) continue;
            nodeOf.set(service.qualifiedName, names.length);
            names.push(service.qualifiedName);
        }
        // Most services have no edge of a kind: they share one empty list until they get one.
        const edges = (): number[][] => new Array<number[]>(names.length).fill(NONE);
        const graph = { names, nodeOf, supporters: edges(), dependants: edges(), managers: edges() };
        for (const service of services) addEdges(index, graph, service);
        return graph;
    },
    // Names, kinds and places fix every node and what a reference resolves to; a service's edges are its own references.
    keptWhile: (before, after) =>
        before.qualifiedName === after.qualifiedName &&
        before.kind === after.kind &&
        (before.kind !== 'service' ||
            after.kind !== 'service' ||
            (sameTargets(before.supportedBy, after.supportedBy) && sameTargets(before.manages, after.manages)))
};

function sameTargets(before: readonly Ref[], after: readonly Ref[]): boolean {
    return before.length === after.length && before.every((ref, i) => ref.target === after[i]!.target);
}

const NONE: number[] = [];

/** Adds an edge to a node's list, giving the node a list of its own first. */
function addEdge(lists: number[][], from: number, to: number): void {
    const list = lists[from]!;
    if (list === NONE) lists[from] = [to];
    else list.push(to);
}

function addEdges(
    index: WorkspaceIndex,
    graph: { nodeOf: Map<string, number>; supporters: number[][]; dependants: number[][]; managers: number[][] },
    service: Service
): void {
    const node = graph.nodeOf.get(service.qualifiedName)!;
    for (const ref of service.supportedBy) {
        const supporter = graph.nodeOf.get(index.resolve(ref, 'service')?.qualifiedName ?? '');
        if (supporter === undefined) continue;
        addEdge(graph.supporters, node, supporter);
        addEdge(graph.dependants, supporter, node);
    }
    for (const ref of service.manages) {
        const managed = graph.nodeOf.get(index.resolve(ref, 'service')?.qualifiedName ?? '');
        if (managed !== undefined) addEdge(graph.managers, managed, node);
    }
}

/** Every node reached from the seeds through `next`, the seeds included: a breadth-first search. */
export function reach(graph: ServiceGraph, seeds: Iterable<number>, ...next: (readonly (readonly number[])[])[]): Uint8Array {
    const reached = new Uint8Array(graph.names.length);
    const queue: number[] = [];
    for (const seed of seeds) {
        if (reached[seed]) continue;
        reached[seed] = 1;
        queue.push(seed);
    }
    // for…of over an array also visits what is pushed while it runs.
    for (const current of queue) {
        for (const edges of next) {
            for (const node of edges[current]!) {
                if (reached[node]) continue;
                reached[node] = 1;
                queue.push(node);
            }
        }
    }
    return reached;
}
