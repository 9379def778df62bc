import { GLYPH_SIZE, type Anchor, type Point, type Scene, type Shape } from '../scene.js';
import { findingsText, type Flagged } from '../describe.js';
import { worst } from '../marks.js';
import { SMALL, textWidth, type Font } from '../text-metrics.js';
import { SERIES, type ProfileAxis, type ProfileView, type Series } from '../views/profile.js';
import { FLAG_ITEMS, header, MARGIN, withLegend, type LegendItem } from './common.js';
import { seriesMarker } from './markers.js';

const RADIUS = 150;
const LABEL: Font = { size: 11, bold: true };
const RING = SMALL;
const RINGS = [20, 40, 60, 80, 100];
const EMPTY: Font = { size: 12 };

const NO_VALUES = 'No requirement, expectation, commitment or score for this service';

/** Computed geometry, no ELK: axes evenly round a circle from 12 o'clock, scores 0–100 outwards. */
export function layoutRadar(view: ProfileView, title: string): Scene {
    const head = header(title, view.subtitle);
    const room = Math.max(60, ...view.axes.map(axis => textWidth(axis.label, LABEL) + GLYPH_SIZE + 12));
    const center = { x: MARGIN + room + RADIUS + 10, y: head.height + 40 + RADIUS };
    const at = (i: number, value: number) => polar(center, angle(i, view.axes.length), (RADIUS * Math.min(Math.max(value, 0), 100)) / 100);
    const count = view.axes.length;
    const chart: Shape[] =
        count === 0
            ? [{ kind: 'text', at: center, text: NO_VALUES, font: EMPTY, className: 'muted', anchor: 'middle' }]
            : [
                  ...grid(count, center, at),
                  ...view.axes.flatMap((axis, i) => drawAxis(axis, i, count, center, at)),
                  ...SERIES.map(series => drawSeries(view.axes, series, at))
              ];
    const width = Math.max(2 * center.x, head.width, count === 0 ? textWidth(NO_VALUES, EMPTY) + 2 * MARGIN : 0);
    return withLegend({ view: 'profile', title, description: describeRadar(view) }, [...head.shapes, ...chart], width, center.y + RADIUS + 36, LEGEND);
}

/** How the legend names each series. */
const SERIES_WORDS: Record<Series, string> = { requires: 'requires', expects: 'expects', commits: 'commits', experienced: 'experienced', 'it-view': 'IT view' };

/** In words: each property's values per series (what the polygons plot), then the findings. */
function describeRadar(view: ProfileView): string[] {
    const axes = view.axes.map(axis => {
        const values = SERIES.flatMap(series => (axis.points[series] ? [`${SERIES_WORDS[series]} ${axis.points[series].value}`] : []));
        return `${axis.label}: ${values.join(', ')}.`;
    });
    const flagged = view.axes.flatMap(axis =>
        SERIES.flatMap((series): Flagged[] => {
            const point = axis.points[series];
            return point?.mark ? [{ what: `${axis.label}, ${point.tooltip}`, mark: point.mark }] : [];
        })
    );
    return [`${view.subtitle}.`, ...(axes.length === 0 ? [`${NO_VALUES}.`] : ['Scores out of 100, per property:', ...axes]), ...findingsText(flagged)];
}

function angle(i: number, count: number): number {
    return -Math.PI / 2 + (2 * Math.PI * i) / count;
}

function polar(center: Point, theta: number, r: number): Point {
    return { x: center.x + r * Math.cos(theta), y: center.y + r * Math.sin(theta) };
}

/**
 * Rings at 20, 40 … 100 (polygons through the axes; circles for fewer than three axes), each
 * labelled where it crosses the bisector of the first two axes: clear of the values on the axes.
 */
function grid(count: number, center: Point, at: (i: number, value: number) => Point): Shape[] {
    const bisector = angle(0.5, Math.max(count, 2));
    const inset = count >= 3 ? Math.cos(Math.PI / count) : 1;
    return RINGS.flatMap((value): Shape[] => {
        const ring: Shape =
            count >= 3
                ? { kind: 'path', closed: true, className: 'grid', points: Array.from({ length: count }, (_, i) => at(i, value)) }
                : { kind: 'circle', center, r: (RADIUS * value) / 100, className: 'grid' };
        const label = polar(center, bisector, ((RADIUS * value) / 100) * inset - 8);
        return [ring, { kind: 'text', at: { x: label.x, y: label.y + 3 }, text: String(value), font: RING, className: 'muted', anchor: 'middle' }];
    });
}

function drawAxis(axis: ProfileAxis, i: number, count: number, center: Point, at: (i: number, value: number) => Point): Shape[] {
    const theta = angle(i, count);
    const [cos, sin] = [Math.cos(theta), Math.sin(theta)];
    const anchor: Anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    const tip = polar(center, theta, RADIUS + 10);
    const labelAt = { x: tip.x, y: tip.y + (sin < -0.5 ? -2 : sin > 0.5 ? 11 : 4) };
    const marks = SERIES.flatMap(series => axis.points[series]?.mark ?? []);
    const width = textWidth(axis.label, LABEL);
    const glyphX = anchor === 'end' ? labelAt.x - width - GLYPH_SIZE / 2 - 4 : labelAt.x + (anchor === 'middle' ? width / 2 : width) + GLYPH_SIZE / 2 + 4;
    const children: Shape[] = [
        { kind: 'path', points: [center, at(i, 100)], className: 'axis' },
        { kind: 'text', at: labelAt, text: axis.label, font: LABEL, className: '', anchor },
        ...(marks.length > 0 ? [{ kind: 'glyph', at: { x: glyphX, y: labelAt.y - 4 }, severity: worst(marks.map(mark => mark.severity)) } satisfies Shape] : [])
    ];
    const values = SERIES.flatMap(series => axis.points[series]?.tooltip ?? []);
    return [{ kind: 'group', className: 'property', data: { element: axis.property }, tooltip: [`property ${axis.property}`, ...values], children }];
}

/** A closed polygon when every axis has a value; otherwise lines between neighbouring axes that both have one. */
function drawSeries(axes: readonly ProfileAxis[], series: Series, at: (i: number, value: number) => Point): Shape {
    const points = axes.map((axis, i) => (axis.points[series] ? at(i, axis.points[series].value) : undefined));
    const complete = points.every(p => p !== undefined);
    const lines: Shape[] =
        complete && axes.length >= 3
            ? [
                  ...(series === 'experienced' ? [{ kind: 'path', closed: true, className: 'series area', points } satisfies Shape] : []),
                  { kind: 'path', closed: true, className: 'series', points }
              ]
            : segments(points).map((segment): Shape => ({ kind: 'path', points: segment, className: 'series' }));
    const markers = axes.flatMap((axis, i): Shape[] => {
        const point = axis.points[series];
        if (!point) return [];
        const where = at(i, point.value);
        const halo: Shape[] = point.mark ? [{ kind: 'circle', center: where, r: 9, className: 'halo' }] : [];
        const flag = point.mark ? ` flagged severity-${point.mark.severity}` : '';
        return [
            {
                kind: 'group',
                className: `point${flag}`,
                data: { element: point.source },
                tooltip: [point.tooltip, ...(point.mark?.lines ?? [])],
                children: [...halo, seriesMarker(series, where)]
            }
        ];
    });
    return { kind: 'group', className: `series-group ${series}`, children: [...lines, ...markers] };
}

function segments(points: ReadonlyArray<Point | undefined>): Point[][] {
    if (points.length < 2) return [];
    const pairs: [number, number][] = points.length === 2 ? [[0, 1]] : points.map((_, i) => [i, (i + 1) % points.length]);
    return pairs.flatMap(([a, b]) => {
        const [from, to] = [points[a], points[b]];
        return from && to ? [[from, to]] : [];
    });
}

const LEGEND: LegendItem[] = [
    { sample: { kind: 'series', series: 'requires' }, text: 'requires (need)' },
    { sample: { kind: 'series', series: 'expects' }, text: 'expects (need)' },
    { sample: { kind: 'series', series: 'commits' }, text: 'commits (spec)' },
    { sample: { kind: 'series', series: 'experienced' }, text: "experienced (the business's latest score)" },
    { sample: { kind: 'series', series: 'it-view' }, text: "IT view (IT's latest score)" },
    ...FLAG_ITEMS
];
