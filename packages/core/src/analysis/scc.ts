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
        while (work.length > 0) {
            const frame = work[work.length - 1];
            const next = successors(frame.node)[frame.next++];
            if (next !== undefined) {
                if (!order.has(next)) enter(next, work);
                else if (onStack.has(next)) low.set(frame.node, Math.min(low.get(frame.node)!, order.get(next)!));
                continue;
            }
            work.pop();
            const parent = work[work.length - 1];
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
    let node: string | undefined;
    do {
        node = stack.pop()!;
        onStack.delete(node);
        component.push(node);
    } while (node !== root);
    return component.reverse();
}
