import type { Severity } from '@svc-lang/core';
import { GLYPH_SIZE, type Box, type Point, type Scene, type Shape } from '../scene.js';
import { SMALL, textWidth, type Font } from '../text-metrics.js';
import type { Series } from '../views/profile.js';
import { seriesMarker } from './markers.js';

export const MARGIN = 16;
const TITLE: Font = { size: 16, bold: true };
const SUBTITLE = SMALL;
const LEGEND_FONT = SMALL;

/** The title and subtitle at the top of every view, and the height they take. */
export function header(title: string, subtitle: string): { shapes: Shape[]; height: number; width: number } {
    const shapes: Shape[] = [
        { kind: 'text', at: { x: MARGIN, y: MARGIN + 15 }, text: title, font: TITLE, className: 'title' },
        { kind: 'text', at: { x: MARGIN, y: MARGIN + 33 }, text: subtitle, font: SUBTITLE, className: 'muted' }
    ];
    const width = 2 * MARGIN + Math.max(textWidth(title, TITLE), textWidth(subtitle, SUBTITLE));
    return { shapes, height: MARGIN + 46, width };
}

export type Sample =
    | { kind: 'box'; className: string }
    | { kind: 'line'; className: string; arrow?: boolean }
    | { kind: 'flag'; severity: Severity }
    | { kind: 'hatch' }
    | { kind: 'series'; series: Series }
    /** `box` adds a class to the bar's rectangle (a planning segment). */
    | { kind: 'bar'; className: string; box?: string }
    | { kind: 'open' }
    | { kind: 'diamond' }
    | { kind: 'due' };

export interface LegendItem {
    sample: Sample;
    text: string;
}

const SAMPLE_W = 24;
const ROW = 18;

/** Legend items left to right, wrapping within maxWidth; returns the shapes and the height used. */
function legend(items: readonly LegendItem[], origin: Point, maxWidth: number): { shapes: Shape[]; height: number } {
    const shapes: Shape[] = [];
    let [x, y] = [origin.x, origin.y];
    for (const item of items) {
        const width = SAMPLE_W + 6 + textWidth(item.text, LEGEND_FONT);
        if (x > origin.x && x + width > origin.x + maxWidth) [x, y] = [origin.x, y + ROW];
        shapes.push(sample(item.sample, { x, y: y + ROW / 2 }));
        shapes.push({ kind: 'text', at: { x: x + SAMPLE_W + 6, y: y + ROW / 2 + 3.5 }, text: item.text, font: LEGEND_FONT, className: 'muted' });
        x += width + 18;
    }
    return { shapes: [{ kind: 'group', className: 'legend', children: shapes }], height: y - origin.y + ROW };
}

/** A legend sample looks like the real thing (same classes) but is marked `sample`: it stands for no element. */
function sample(s: Sample, mid: Point): Shape {
    const box: Box = { x: mid.x, y: mid.y - 6, width: SAMPLE_W, height: 12 };
    switch (s.kind) {
        case 'box':
            return { kind: 'group', className: `sample ${s.className}`, children: [{ kind: 'rect', box, className: 'box', rx: 2 }] };
        case 'hatch':
            return { kind: 'hatch', box };
        case 'flag':
            return {
                kind: 'group',
                className: `sample node service flagged severity-${s.severity}`,
                children: [
                    { kind: 'rect', box: { ...box, x: box.x + GLYPH_SIZE - 2, width: SAMPLE_W - GLYPH_SIZE + 2 }, className: 'box', rx: 2 },
                    { kind: 'glyph', at: { x: mid.x + GLYPH_SIZE / 2 - 3, y: mid.y }, severity: s.severity }
                ]
            };
        case 'series': {
            const line: Shape = { kind: 'path', points: [mid, { x: mid.x + SAMPLE_W, y: mid.y }], className: 'series' };
            return { kind: 'group', className: `sample ${s.series}`, children: [line, seriesMarker(s.series, { x: mid.x + SAMPLE_W / 2, y: mid.y })] };
        }
        case 'bar':
            return {
                kind: 'group',
                className: `sample ${s.className}`,
                children: [{ kind: 'rect', box: { ...box, y: mid.y - 5, height: 10 }, className: s.box ? `box ${s.box}` : 'box' }]
            };
        case 'open':
            return { kind: 'group', className: 'sample span open', children: openBar({ ...box, y: mid.y - 5, width: SAMPLE_W - OPEN_END, height: 10 }) };
        case 'diamond':
            return diamond({ x: mid.x + SAMPLE_W / 2, y: mid.y }, 'response');
        case 'due':
            return {
                kind: 'path',
                closed: true,
                className: 'due',
                points: [
                    { x: mid.x + SAMPLE_W / 2, y: mid.y - 3 },
                    { x: mid.x + SAMPLE_W / 2 + 4, y: mid.y + 3 },
                    { x: mid.x + SAMPLE_W / 2 - 4, y: mid.y + 3 }
                ]
            };
        case 'line':
            return lineSample(s.className, mid, s.arrow === true);
    }
}

function lineSample(className: string, mid: Point, arrow: boolean): Shape {
    const end = { x: mid.x + SAMPLE_W, y: mid.y };
    const head: Shape[] = arrow
        ? [{ kind: 'path', closed: true, className: 'head', points: [end, { x: end.x - 7, y: end.y - 3.5 }, { x: end.x - 7, y: end.y + 3.5 }] }]
        : [];
    return { kind: 'group', className: `sample ${className}`, children: [{ kind: 'path', points: [mid, end], className: 'line' }, ...head] };
}

/** What names a scene: the view, its title, and the words of its text alternative. */
export type SceneHeading = Pick<Scene, 'view' | 'title' | 'description'>;

/** The finished scene: the shapes, then the legend under them from `top`, and the canvas around both. */
export function withLegend(heading: SceneHeading, shapes: Shape[], width: number, top: number, items: readonly LegendItem[]): Scene {
    const key = legend(items, { x: MARGIN, y: top }, width - 2 * MARGIN);
    return { ...heading, width, height: top + key.height + MARGIN, shapes: [...shapes, ...key.shapes] };
}

/** The legend entries every view shares: what the flagged marks mean. */
export const FLAG_ITEMS: LegendItem[] = [
    { sample: { kind: 'flag', severity: 'error' }, text: 'error' },
    { sample: { kind: 'flag', severity: 'warning' }, text: 'warning' },
    { sample: { kind: 'flag', severity: 'info' }, text: 'info (hover for the rules)' }
];

export function moveBox(box: Box, dx: number, dy: number): Box {
    return { ...box, x: box.x + dx, y: box.y + dy };
}

export function movePoint(p: Point, dx: number, dy: number): Point {
    return { x: p.x + dx, y: p.y + dy };
}

/** How far the chevron at an open bar's end reaches beyond the bar. */
export const OPEN_END = 7;

/**
 * A bar still running: filled, outlined on three sides and open on the right, where a chevron
 * says it goes on.
 */
export function openBar(box: Box): Shape[] {
    const [right, bottom] = [box.x + box.width, box.y + box.height];
    return [
        { kind: 'rect', box, className: 'box' },
        {
            kind: 'path',
            points: [
                { x: right, y: box.y },
                { x: box.x, y: box.y },
                { x: box.x, y: bottom },
                { x: right, y: bottom }
            ],
            className: 'outline'
        },
        {
            kind: 'path',
            points: [
                { x: right + 2, y: box.y },
                { x: right + OPEN_END, y: box.y + box.height / 2 },
                { x: right + 2, y: bottom }
            ],
            className: 'open-end'
        }
    ];
}

/** A small diamond: where a response landed on the time line. */
export function diamond(at: Point, className: string): Shape {
    const r = 5;
    return {
        kind: 'path',
        closed: true,
        className,
        points: [
            { x: at.x, y: at.y - r },
            { x: at.x + r, y: at.y },
            { x: at.x, y: at.y + r },
            { x: at.x - r, y: at.y }
        ]
    };
}

/** The largest value, at least `floor`: a loop, since spreading 100,000 arguments into Math.max throws. */
export function maxOf<T>(items: readonly T[], value: (item: T) => number, floor: number): number {
    let max = floor;
    for (const item of items) max = Math.max(max, value(item));
    return max;
}
