import { expect } from 'vitest';
import { bottom, GLYPH_SIZE, right, type Box, type Point, type Scene, type Shape } from '../src/scene.js';
import { textWidth } from '../src/text-metrics.js';

/** Geometry checks on a laid-out scene, shared by the layout tests of every size. */

export interface Geometry {
    nodes: Array<{ element: string; box: Box }>;
    texts: Array<{ text: string; box: Box; node?: string }>;
    glyphs: Box[];
    routes: Point[][];
}

/** The boxes, label boxes, glyphs and edge routes of a scene, read from the layout result. */
export function geometry(scene: Scene): Geometry {
    const found: Geometry = { nodes: [], texts: [], glyphs: [], routes: [] };
    const walk = (shapes: readonly Shape[], node?: string) => {
        for (const shape of shapes) {
            if (shape.kind === 'group') {
                const isNode = /^node /.test(shape.className) && shape.data?.element !== undefined;
                if (isNode) found.nodes.push({ element: shape.data!.element!, box: (shape.children[0] as Extract<Shape, { kind: 'rect' }>).box });
                if (/^edge /.test(shape.className)) found.routes.push((shape.children[0] as Extract<Shape, { kind: 'path' }>).points);
                walk(shape.children, isNode ? shape.data!.element : node);
            } else if (shape.kind === 'text') {
                found.texts.push({ text: shape.text, box: textBox(shape), ...(node ? { node } : {}) });
            } else if (shape.kind === 'glyph') {
                found.glyphs.push({ x: shape.at.x - GLYPH_SIZE / 2, y: shape.at.y - GLYPH_SIZE / 2, width: GLYPH_SIZE, height: GLYPH_SIZE });
            }
        }
    };
    walk(scene.shapes);
    return found;
}

/** True when the boxes share any area (touching edges do not count). */
function overlaps(a: Box, b: Box): boolean {
    return a.x < right(b) && b.x < right(a) && a.y < bottom(b) && b.y < bottom(a);
}

/** The box a text occupies, from Helvetica's metrics: ascent 0.93 em above the baseline, descent 0.22 em below. */
function textBox(shape: Extract<Shape, { kind: 'text' }>): Box {
    const width = textWidth(shape.text, shape.font);
    const shift = shape.anchor === 'middle' ? width / 2 : shape.anchor === 'end' ? width : 0;
    return { x: shape.at.x - shift, y: shape.at.y - 0.93 * shape.font.size, width, height: 1.15 * shape.font.size };
}

function inside(inner: Box, outer: Box): boolean {
    return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** Pairs of items whose boxes overlap, named for the failure message. */
function clashes<T>(items: readonly T[], box: (item: T) => Box, name: (item: T) => string): string[] {
    const found: string[] = [];
    items.forEach((a, i) => items.slice(i + 1).forEach(b => overlaps(box(a), box(b)) && found.push(`${name(a)} × ${name(b)}`)));
    return found;
}

/** An axis-parallel segment through the inside of a box (its border excluded). */
function crosses(a: Point, b: Point, box: Box): boolean {
    const inner = { x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 2 };
    const segment = { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x) || 0.01, height: Math.abs(a.y - b.y) || 0.01 };
    return overlaps(segment, inner);
}

export function checkScene(scene: Scene): void {
    const { nodes, texts, glyphs, routes } = geometry(scene);
    const canvas = { x: 0, y: 0, width: scene.width, height: scene.height };
    expect(
        clashes(
            nodes,
            n => n.box,
            n => n.element
        ),
        'boxes overlap'
    ).toEqual([]);
    expect(
        clashes(
            texts,
            t => t.box,
            t => t.text
        ),
        'labels overlap'
    ).toEqual([]);
    expect(
        texts.filter(t => !inside(t.box, canvas)).map(t => t.text),
        'labels off the canvas'
    ).toEqual([]);
    expect(
        nodes.filter(n => !inside(n.box, canvas)).map(n => n.element),
        'boxes off the canvas'
    ).toEqual([]);
    for (const text of texts) {
        const owner = nodes.find(n => n.element === text.node);
        if (owner) expect(inside(text.box, owner.box), `${text.text} inside its box`).toBe(true);
        else
            expect(
                nodes.filter(n => overlaps(n.box, text.box)).map(n => n.element),
                `${text.text} on a box`
            ).toEqual([]);
    }
    for (const glyph of glyphs)
        expect(
            texts.filter(t => overlaps(t.box, glyph)).map(t => t.text),
            'a glyph on a label'
        ).toEqual([]);
    for (const route of routes) {
        // The first and last segments leave and enter their own boxes; every segment between runs clear of all boxes.
        const middle = route
            .slice(1, -1)
            .map((p, i) => [p, route[i + 2]!] as const)
            .slice(0, -1);
        const hit = middle.flatMap(([a, b]) => nodes.filter(n => crosses(a, b, n.box)).map(n => n.element));
        expect(hit, 'an edge through a box').toEqual([]);
    }
}

/** A workspace made by a fixed recipe (no randomness): every level but one, links up, down and sideways. */
export function generated(count: number): string {
    const levels = ['business-engineering', 'business-process-execution', 'service-design', 'development', 'it-operations'];
    const lines = Array.from({ length: count / 2 }, (_, i) => `need N${i} "Need number ${i} with a longer title to wrap" { raised 2010-0${(i % 9) + 1}-01 }`);
    for (let i = 0; i < count; i++) {
        const supported = [(i * 7 + 3) % count, (i * 11 + 5) % count].filter(j => j !== i).map(j => `S${j}`);
        const addresses = i % 3 === 0 ? ` addresses N${(i / 3) % (count / 2)}` : '';
        lines.push(`service S${i} "Service ${i}" at ${levels[i % levels.length]} {${addresses} supportedBy ${supported.join(', ')} }`);
    }
    for (let m = 0; m < 4; m++) {
        const managed = Array.from({ length: count / 4 }, (_, i) => `S${m + 4 * i}`).join(', ');
        lines.push(`service M${m} "Manager ${m}" at service-management { manages ${managed} }`);
    }
    lines.push('alignment A { aligns N1 with S2, S5  responded 2010-06-01 }');
    return lines.join('\n') + '\n';
}
