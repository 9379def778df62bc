interface Frame {
    node: number;
    next: number;
}

const UNVISITED = -1;

/**
 * Tarjan's strongly connected components over nodes numbered 0 to `count - 1`, visited in that
 * order: iterative, so that a 50k-long chain cannot overflow the call stack, and on typed
 * arrays, since it runs on every keystroke over every service. Returns only the components that
 * form a cycle: more than one node, or one node with an edge to itself.
 */
export function cycles(count: number, successors: (node: number) => readonly number[]): number[][] {
    const order = new Int32Array(count).fill(UNVISITED);
    const low = new Int32Array(count);
    const onStack = new Uint8Array(count);
    const stack: number[] = [];
    const found: number[][] = [];
    let visited = 0;

    const enter = (node: number, work: Frame[]): void => {
        order[node] = visited;
        low[node] = visited++;
        stack.push(node);
        onStack[node] = 1;
        work.push({ node, next: 0 });
    };

    for (let root = 0; root < count; root++) {
        if (order[root] !== UNVISITED) continue;
        const work: Frame[] = [];
        enter(root, work);
        // `continue` re-reads the top frame, as the update expression runs before the test.
        for (let frame = work.at(-1); frame !== undefined; frame = work.at(-1)) {
            const next = successors(frame.node)[frame.next++];
            if (next !== undefined) {
                if (order[next] === UNVISITED) enter(next, work);
                else if (onStack[next]) low[frame.node] = Math.min(low[frame.node]!, order[next]!);
                continue;
            }
            work.pop();
            const parent = work.at(-1);
            if (parent) low[parent.node] = Math.min(low[parent.node]!, low[frame.node]!);
            if (low[frame.node] === order[frame.node]) {
                const component = popComponent(frame.node, stack, onStack);
                if (component.length > 1 || successors(frame.node).includes(frame.node)) found.push(component);
            }
        }
    }
    return found;
}

function popComponent(root: number, stack: number[], onStack: Uint8Array): number[] {
    const component: number[] = [];
    // The root is on the stack (below every node entered after it), so this stops at the root.
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
        onStack[node] = 0;
        component.push(node);
        if (node === root) break;
    }
    return component.reverse();
}
