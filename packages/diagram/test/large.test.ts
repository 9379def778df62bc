import { STACK_LEVELS } from '@svc-lang/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { Context } from '../src/context.js';
import { renderView, SIZE_LIMITS, type DiagramInput } from '../src/index.js';
import { GRID_ABOVE } from '../src/layout/stack.js';
import { buildScene } from '../src/render.js';
import type { Scene, Shape } from '../src/scene.js';
import { checkSize, tooLargeScene } from '../src/size.js';
import { buildStackView } from '../src/views/stack.js';
import { checkScene, generated, geometry } from './scene-checks.js';
import { workspace } from './support.js';

// The large-stack path: the grid layout that replaces ELK above GRID_ABOVE boxes, and the size
// limit. No timings here: `node bench/bench.mjs run --suites stack-view` measures them.

const SERVICES = 500;

function groups(shapes: readonly Shape[], found: Array<Extract<Shape, { kind: 'group' }>> = []): Array<Extract<Shape, { kind: 'group' }>> {
    for (const shape of shapes) {
        if (shape.kind !== 'group') continue;
        found.push(shape);
        groups(shape.children, found);
    }
    return found;
}

describe(`the stack view of ${SERVICES} services (grid layout)`, () => {
    let input: DiagramInput;
    let scene: Scene;

    beforeAll(async () => {
        input = await workspace({ 'big.svc': generated(SERVICES) });
        scene = await buildScene(new Context(input), 'stack');
    }, 60_000);

    it('is above the grid threshold, and every box and edge of the view is drawn', () => {
        const view = buildStackView(new Context(input));
        expect(view.graph.nodes.length).toBeGreaterThan(GRID_ABOVE);
        const drawn = geometry(scene);
        expect(drawn.nodes.map(n => n.element).sort()).toEqual([...view.graph.nodes, ...view.management].map(n => n.id).sort());
        expect(drawn.routes).toHaveLength(view.graph.edges.length + view.manages.length);
    });

    it('has no overlapping boxes or labels, and no edge through a box', () => {
        checkScene(scene);
    });

    it('routes every edge orthogonally', () => {
        for (const route of geometry(scene).routes) {
            expect(route.length).toBeGreaterThanOrEqual(2);
            route.slice(1).forEach((p, i) => expect(p.x === route[i]!.x || p.y === route[i]!.y, JSON.stringify(route)).toBe(true));
        }
    });

    it('ties every node and edge to its element, and every band to its level', () => {
        const all = groups(scene.shapes);
        for (const group of all.filter(g => /^(node|edge) /.test(g.className))) expect(group.data?.element, group.className).toBeTruthy();
        expect(all.filter(g => /^band/.test(g.className)).map(g => g.data?.level)).toEqual(['needs', ...STACK_LEVELS, 'service-management']);
    });

    it('gives the same bytes every time, with data-element on every drawn service and need', async () => {
        const first = await renderView(input, 'stack');
        const second = await renderView(input, 'stack');
        expect(second).toBe(first);
        expect(first).not.toMatch(/Too large/);
        for (const id of ['S0', 'S499', 'N0', 'N249', 'M3']) expect(first).toContain(`data-element="${id}"`);
        expect(first.match(/<g class="node /g)).toHaveLength(geometry(scene).nodes.length);
        expect(first).not.toMatch(/\d\.\d{3,}/);
    });

    it('draws the ELK-laid alignment view of the same workspace as a notice: it is over its limit', async () => {
        const svg = await renderView(input, 'alignment');
        expect(svg).toMatch(/Too large to draw here \(\d+ services\); use svc render/);
        expect(svg).toContain('class="svc-diagram svc-alignment"');
        expect(svg).not.toContain('data-element=');
    });
});

describe('a large stack with many managers', () => {
    it('wraps the management band into columns, and its edges still clear every box', async () => {
        const managers = Array.from(
            { length: 60 },
            (_, m) => `service X${m} "Manager X${m}" at service-management { manages ${[0, 1, 2, 3].map(k => `S${(m * 4 + k) % 240}`).join(', ')} }`
        );
        const input = await workspace({ 'big.svc': generated(240) + managers.join('\n') + '\n' });
        const ctx = new Context(input);
        const view = buildStackView(ctx);
        const scene = await buildScene(ctx, 'stack');
        const managed = geometry(scene)
            .nodes.filter(n => /^X\d+$/.test(n.element))
            .map(n => n.box.x);
        expect(managed).toHaveLength(60);
        expect(new Set(managed).size, 'columns in the management band').toBeGreaterThan(1);
        expect(geometry(scene).routes).toHaveLength(view.graph.edges.length + view.manages.length);
        checkScene(scene);
    }, 60_000);
});

describe('the size limit', () => {
    it('lets a view up to its limit through and stops the next box', () => {
        expect(checkSize('stack', SIZE_LIMITS.stack, 10).tooLarge).toBe(false);
        expect(checkSize('stack', SIZE_LIMITS.stack + 1, 10).tooLarge).toBe(true);
        expect(checkSize('alignment', SIZE_LIMITS.alignment + 1, 10).tooLarge).toBe(true);
    });

    it('draws a notice that says how large the view is, and fits its text', () => {
        const scene = tooLargeScene('stack', 'Service stack', checkSize('stack', 12_345, 10_001));
        const texts = groups(scene.shapes)
            .flatMap(g => g.children)
            .filter((s): s is Extract<Shape, { kind: 'text' }> => s.kind === 'text');
        expect(texts.map(t => t.text)).toContain('Too large to draw here (10,001 services); use svc render');
        checkScene(scene);
    });

    it('changes nothing under the limit: sizeLimit false gives the same bytes', async () => {
        const input = await workspace({ 'a.svc': generated(8) });
        const limited = await renderView(input, 'stack');
        expect(await renderView(input, 'stack', { sizeLimit: false })).toBe(limited);
    });
});
