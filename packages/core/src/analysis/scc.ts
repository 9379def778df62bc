interface Frame {
    node: string;
    next: number;
}

/**
 * Tarjan's strongly connected components, iterative so that a 50k-long chain cannot overflow
 * the call stack. Returns only the components that form a cycle: more than one node, or one
 * node with an edge to itself.
 */
export function cycles(nodes: Iterable<string>, successors: (node: string) => readonly string[]): string[][] {
    const order = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const found: string[][] = [];

    const enter = (node: string, work: Frame[]): void => {
        order.set(node, order.size);
        low.set(node, order.size - 1);
        stack.push(node);
        onStack.add(node);
        work.push({ node, next: 0 });
    };

    for (const root of nodes) {
        if (order.has(root)) continue;
        const work: Frame[] = [];
        enter(root, work);
        // `continue` re-reads the top frame, as the update expression runs before the test.
        for (let frame = work.at(-1); frame !== undefined; frame = work.at(-1)) {
            const next = successors(frame.node)[frame.next++];
            if (next !== undefined) {
                if (!order.has(next)) enter(next, work);
                else if (onStack.has(next)) low.set(frame.node, Math.min(low.get(frame.node)!, order.get(next)!));
                continue;
            }
            work.pop();
            const parent = work.at(-1);
            if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
            if (low.get(frame.node) === order.get(frame.node)) {
                const component = popComponent(frame.node, stack, onStack);
                if (component.length > 1 || successors(frame.node).includes(frame.node)) found.push(component);
            }
        }
    }
    return found;
}

function popComponent(root: string, stack: string[], onStack: Set<string>): string[] {
    const component: string[] = [];
    // The root is on the stack (below every node entered after it), so this stops at the root.
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
        onStack.delete(node);
        component.push(node);
        if (node === root) break;
    }
    return component.reverse();
}
