import type { Severity } from '@svc-lang/core';
import { GLYPH_SIZE, type Point, type Scene, type Shape } from '../scene.js';
import { stylesheet, type Theme } from '../theme.js';
import { attrs, element, num } from './xml.js';

/**
 * Serialises a scene: one element per line, attributes in a fixed order, numbers rounded, so
 * the same scene always gives the same bytes. No scripts, no event attributes and no external
 * references: the only `url(#…)` is the hatch pattern defined in the file itself.
 *
 * The root is an image named by its `<title>` and described by its `<desc>` (the scene's
 * description), also through `aria-labelledby` and `aria-describedby`: screen readers differ
 * in which they follow, and a page that inlines the diagram can add its own ids to them.
 *
 * `idPrefix` starts every id in the file. Diagrams inlined together in one HTML page share one
 * id space, so each must bring its own; the pattern is referenced by an attribute on each
 * hatched shape, not from the stylesheet, because an inline SVG's stylesheet applies to the
 * whole page and the last one would win.
 */
export function emitSvg(scene: Scene, theme: Theme, idPrefix: string): string {
    const hatchId = `${idPrefix}-hatch`;
    const root = attrs([
        ['xmlns', 'http://www.w3.org/2000/svg'],
        ['class', `svc-diagram svc-${scene.view}`],
        ['width', scene.width],
        ['height', scene.height],
        ['viewBox', `0 0 ${num(scene.width)} ${num(scene.height)}`],
        ['role', 'img'],
        ['aria-labelledby', `${idPrefix}-title`],
        ['aria-describedby', `${idPrefix}-desc`]
    ]);
    const body = [
        ...element('title', attrs([['id', `${idPrefix}-title`]]), scene.title),
        ...element('desc', attrs([['id', `${idPrefix}-desc`]]), scene.description.join('\n')),
        // Constant text of this package (no user input), so it is not escaped; it holds no '<' or '&'.
        ...element('style', '', stylesheet(theme).trim().split('\n')),
        ...defs(hatchId),
        ...element(
            'rect',
            attrs([
                ['class', 'background'],
                ['width', scene.width],
                ['height', scene.height]
            ])
        ),
        ...scene.shapes.flatMap(shape => emitShape(shape, hatchId))
    ];
    return `${element('svg', root, body).join('\n')}\n`;
}

function defs(hatchId: string): string[] {
    const line = element(
        'line',
        attrs([
            ['class', 'hatch-line'],
            ['x1', 0],
            ['y1', 0],
            ['x2', 0],
            ['y2', 8]
        ])
    );
    const pattern = attrs([
        ['id', hatchId],
        ['width', 8],
        ['height', 8],
        ['patternUnits', 'userSpaceOnUse'],
        ['patternTransform', 'rotate(45)']
    ]);
    return element('defs', '', element('pattern', pattern, line));
}

function emitShape(shape: Shape, hatchId: string): string[] {
    switch (shape.kind) {
        case 'group':
            return emitGroup(shape, hatchId);
        case 'rect': {
            const { x, y, width, height } = shape.box;
            return element(
                'rect',
                attrs([
                    ['class', shape.className],
                    ['x', x],
                    ['y', y],
                    ['width', width],
                    ['height', height],
                    ['rx', shape.rx]
                ])
            );
        }
        case 'hatch': {
            const { x, y, width, height } = shape.box;
            return element(
                'rect',
                attrs([
                    ['class', 'hatched'],
                    ['x', x],
                    ['y', y],
                    ['width', width],
                    ['height', height],
                    ['fill', `url(#${hatchId})`]
                ])
            );
        }
        case 'path':
            return element(
                'path',
                attrs([
                    ['class', shape.className],
                    ['d', pathData(shape.points, shape.closed === true)]
                ])
            );
        case 'circle':
            return element(
                'circle',
                attrs([
                    ['class', shape.className],
                    ['cx', shape.center.x],
                    ['cy', shape.center.y],
                    ['r', shape.r]
                ])
            );
        case 'text':
            return element('text', textAttrs(shape), shape.text);
        case 'glyph':
            return glyph(shape.at, shape.severity);
    }
}

function emitGroup(shape: Extract<Shape, { kind: 'group' }>, hatchId: string): string[] {
    const data = shape.data ?? {};
    const attributes = attrs([
        ['class', shape.className],
        ['data-element', data.element],
        ['data-relation', data.relation],
        ['data-level', data.level]
    ]);
    const title = shape.tooltip === undefined ? [] : element('title', '', shape.tooltip.join('\n'));
    return element('g', attributes, [...title, ...shape.children.flatMap(child => emitShape(child, hatchId))]);
}

function textAttrs(shape: Extract<Shape, { kind: 'text' }>): string {
    return attrs([
        ['class', shape.className === '' ? undefined : shape.className],
        ['x', shape.at.x],
        ['y', shape.at.y],
        ['font-size', shape.font.size],
        ['font-weight', shape.font.bold ? 'bold' : undefined],
        ['text-anchor', shape.anchor === 'start' ? undefined : shape.anchor]
    ]);
}

function pathData(points: readonly Point[], closed: boolean): string {
    const commands = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`);
    return commands.join(' ') + (closed ? ' Z' : '');
}

/**
 * A severity sign that reads without colour: each severity has its own outline and its own
 * sign inside. Error: an octagon (a stop sign) with a cross; warning: a triangle with "!";
 * info: a square with "i".
 */
function glyph(at: Point, severity: Severity): string[] {
    const body = { error: octagon, warning: triangle, info: square }[severity](at, GLYPH_SIZE / 2);
    const sign = { error: cross, warning: exclamation, info: letterI }[severity](at);
    return element('g', attrs([['class', `glyph glyph-${severity}`]]), [...body, ...sign]);
}

function polygon(points: readonly Point[]): string[] {
    return element('path', attrs([['d', pathData(points, true)]]));
}

/** A regular octagon whose straight sides lie on the glyph's square: it fills the same 12 × 12 as the other signs. */
function octagon(at: Point, h: number): string[] {
    const r = h / Math.cos(Math.PI / 8);
    return polygon(
        Array.from({ length: 8 }, (_, i) => ({ x: at.x + r * Math.cos(((2 * i + 1) * Math.PI) / 8), y: at.y + r * Math.sin(((2 * i + 1) * Math.PI) / 8) }))
    );
}

function triangle(at: Point, h: number): string[] {
    return polygon([
        { x: at.x, y: at.y - h },
        { x: at.x + h, y: at.y + h },
        { x: at.x - h, y: at.y + h }
    ]);
}

function square(at: Point, h: number): string[] {
    const r = h - 0.5;
    return element(
        'rect',
        attrs([
            ['x', at.x - r],
            ['y', at.y - r],
            ['width', 2 * r],
            ['height', 2 * r],
            ['rx', 1.5]
        ])
    );
}

function stroke(points: readonly Point[]): string[] {
    return element(
        'path',
        attrs([
            ['class', 'glyph-mark'],
            ['d', pathData(points, false)]
        ])
    );
}

function dot(at: Point, dy: number): string[] {
    return element(
        'circle',
        attrs([
            ['class', 'glyph-mark'],
            ['cx', at.x],
            ['cy', at.y + dy],
            ['r', 0.9]
        ])
    );
}

function cross(at: Point): string[] {
    const d = 2.6;
    return [
        ...stroke([
            { x: at.x - d, y: at.y - d },
            { x: at.x + d, y: at.y + d }
        ]),
        ...stroke([
            { x: at.x + d, y: at.y - d },
            { x: at.x - d, y: at.y + d }
        ])
    ];
}

function exclamation(at: Point): string[] {
    return [
        ...stroke([
            { x: at.x, y: at.y - 2.2 },
            { x: at.x, y: at.y + 1.4 }
        ]),
        ...dot(at, 3.6)
    ];
}

function letterI(at: Point): string[] {
    return [
        ...dot(at, -3.1),
        ...stroke([
            { x: at.x, y: at.y - 0.2 },
            { x: at.x, y: at.y + 3.2 }
        ])
    ];
}
