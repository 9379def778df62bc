import type { Severity } from '@svc-lang/core';
import { GLYPH_SIZE, type Point, type Scene, type Shape } from '../scene.js';
import { stylesheet, type Theme } from '../theme.js';
import { attrs, element, num } from './xml.js';

/**
 * Serialises a scene: one element per line, attributes in a fixed order, numbers rounded, so
 * the same scene always gives the same bytes. No scripts, no event attributes and no external
 * references: the only `url(#…)` is the hatch pattern defined in the file itself.
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
        ['role', 'img']
    ]);
    const body = [
        ...element('title', '', scene.title),
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

/** Error: a filled circle with "!"; warning: a triangle with "!"; info: a circle with "i". */
function glyph(at: Point, severity: Severity): string[] {
    const h = GLYPH_SIZE / 2;
    const outline =
        severity === 'warning'
            ? element(
                  'path',
                  attrs([
                      [
                          'd',
                          pathData(
                              [
                                  { x: at.x, y: at.y - h },
                                  { x: at.x + h, y: at.y + h },
                                  { x: at.x - h, y: at.y + h }
                              ],
                              true
                          )
                      ]
                  ])
              )
            : element(
                  'circle',
                  attrs([
                      ['cx', at.x],
                      ['cy', at.y],
                      ['r', h]
                  ])
              );
    const info = severity === 'info';
    const bar = pathData(
        [
            { x: at.x, y: at.y + (info ? -0.5 : -2.8) },
            { x: at.x, y: at.y + (info ? 3 : 1) }
        ],
        false
    );
    const dot = element(
        'circle',
        attrs([
            ['class', 'glyph-mark'],
            ['cx', at.x],
            ['cy', at.y + (info ? -3 : 3.4)],
            ['r', 0.9]
        ])
    );
    const mark = element(
        'path',
        attrs([
            ['class', 'glyph-mark'],
            ['d', bar]
        ])
    );
    return element('g', attrs([['class', `glyph glyph-${severity}`]]), [...outline, ...mark, ...dot]);
}
