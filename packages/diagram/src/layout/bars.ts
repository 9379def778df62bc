import { GLYPH_SIZE, type Box, type Scene, type Shape } from '../scene.js';
import { SMALL, textWidth, truncate, type Font } from '../text-metrics.js';
import { findingsText, type Flagged } from '../describe.js';
import { signed } from '../numbers.js';
import { GAP_KINDS, type GapBar, type GapGroup, type GapsView } from '../views/gaps.js';
import { FLAG_ITEMS, header, MARGIN, withLegend, type LegendItem } from './common.js';

const PROPERTY: Font = { size: 11, bold: true };
const CODE = SMALL;
const VALUE = SMALL;
const ROW = 18;
const GROUP_GAP = 12;
const PLOT = 420;
/** Room beside the plot for a value and its glyph beyond the longest bar. */
const VALUE_ROOM = 64;

/** Rows per property: the five SEM gaps and the perception gap. */
const ROWS = GAP_KINDS.length;

/** Computed geometry, no ELK: one row per gap, bars left (negative) or right (positive) of zero. */
export function layoutBars(view: GapsView, title: string): Scene {
    const head = header(title, view.subtitle);
    const propertyW = Math.max(80, ...view.groups.map(g => textWidth(g.label, PROPERTY))) + 16;
    const codeW = Math.max(...GAP_KINDS.map(kind => textWidth(codeText(kind), CODE))) + 12;
    const left = MARGIN + propertyW + codeW + VALUE_ROOM;
    const limit = scaleLimit(view);
    const x = (value: number) => left + ((value + limit) / (2 * limit)) * PLOT;
    const top = head.height + 36;
    const plotHeight = Math.max(1, view.groups.length) * (ROWS * ROW + GROUP_GAP) - GROUP_GAP;
    const groupTop = (g: number) => top + g * (ROWS * ROW + GROUP_GAP);
    // Zones first, so that the grid lines and the zero axis stay visible on them.
    const zones = view.groups.flatMap((group, g) =>
        group.bars.map((bar, i) => toleranceZone(bar.problem, groupTop(g) + i * ROW, { x, tolerance: view.tolerance }))
    );
    const shapes: Shape[] = [...head.shapes, ...zones, ...scale(limit, x, top, plotHeight)];
    view.groups.forEach((group, g) => shapes.push(drawGroup(group, groupTop(g), { propertyW, x })));
    if (view.groups.length === 0)
        shapes.push({
            kind: 'text',
            at: { x: x(0), y: top + 14 },
            text: 'No SEM gap: this service has no values to compare',
            font: VALUE,
            className: 'muted',
            anchor: 'middle'
        });
    const width = Math.max(left + PLOT + VALUE_ROOM + MARGIN, head.width);
    let y = top + plotHeight + 24;
    if (view.without.length > 0) {
        const note = truncate(`Nothing to compare for ${view.without.join(', ')}`, width - 2 * MARGIN, VALUE);
        shapes.push({ kind: 'text', at: { x: MARGIN, y }, text: note, font: VALUE, className: 'muted' });
        y += 8;
    }
    return withLegend({ view: 'gaps', title, description: describeBars(view) }, shapes, width, y, legendItems(view.tolerance));
}

/** In words: what each code means, each property's gaps, what has nothing to compare, then the findings. */
function describeBars(view: GapsView): string[] {
    const codes = GAP_KINDS.map(kind => `${kind.code} ${kind.label}`).join(', ');
    const groups = view.groups.map(
        group => `${group.label}: ${group.bars.map(bar => `${bar.code} ${bar.value === undefined ? 'none' : signed(bar.value)}`).join(', ')}.`
    );
    const flagged = view.groups.flatMap(group =>
        group.bars.flatMap((bar): Flagged[] => (bar.mark ? [{ what: `${group.label} ${bar.code}`, mark: bar.mark }] : []))
    );
    return [
        `${view.subtitle}.`,
        `Gaps per property (${codes}); below zero falls short, except PG, where above zero is the problem; tolerance ${view.tolerance} points.`,
        ...(groups.length === 0 ? ['No SEM gap: this service has no values to compare.'] : groups),
        ...(view.without.length > 0 ? [`Nothing to compare for ${view.without.join(', ')}.`] : []),
        ...findingsText(flagged)
    ];
}

function codeText(bar: { code: string; label: string }): string {
    return `${bar.code}  ${bar.label}`;
}

/** The axis runs symmetrically to the next multiple of 10 beyond every gap and the tolerance. */
function scaleLimit(view: GapsView): number {
    const values = view.groups.flatMap(group => group.bars.map(bar => Math.abs(bar.value ?? 0)));
    return Math.max(10, Math.ceil(Math.max(view.tolerance, ...values) / 10) * 10);
}

/** Tick labels on top, and a line through each tick. */
function scale(limit: number, x: (v: number) => number, top: number, height: number): Shape[] {
    const step = limit <= 40 ? 10 : limit <= 100 ? 20 : 50;
    const ticks = Array.from({ length: Math.floor(limit / step) * 2 + 1 }, (_, i) => -Math.floor(limit / step) * step + i * step);
    return [
        ...ticks.flatMap((tick): Shape[] => [
            {
                kind: 'path',
                points: [
                    { x: x(tick), y: top - 4 },
                    { x: x(tick), y: top + height + 4 }
                ],
                className: tick === 0 ? 'axis zero' : 'grid'
            },
            { kind: 'text', at: { x: x(tick), y: top - 10 }, text: signed(tick), font: CODE, className: 'muted', anchor: 'middle' }
        ])
    ];
}

function drawGroup(group: GapGroup, top: number, cols: { propertyW: number; x: (v: number) => number }): Shape {
    const children: Shape[] = [{ kind: 'text', at: { x: MARGIN, y: top + 13 }, text: group.label, font: PROPERTY, className: '' }];
    group.bars.forEach((bar, i) => {
        const y = top + i * ROW;
        children.push({ kind: 'text', at: { x: MARGIN + cols.propertyW, y: y + 13 }, text: codeText(bar), font: CODE, className: 'muted' });
        children.push(drawBar(bar, y, cols.x));
    });
    return { kind: 'group', className: 'property', data: { element: group.property }, children };
}

/**
 * The tolerance on the row's problem side of zero: left for the SEM gaps, right for the
 * perception gap. Rows of a property touch, so the zones of its SEM gaps read as one band.
 */
function toleranceZone(problem: GapBar['problem'], y: number, cols: { x: (v: number) => number; tolerance: number }): Shape {
    const [from, to] = problem === 'excess' ? [0, cols.tolerance] : [-cols.tolerance, 0];
    const box: Box = { x: cols.x(from), y, width: cols.x(to) - cols.x(from), height: ROW };
    return { kind: 'rect', box, className: 'tolerance' };
}

function drawBar(bar: GapBar, y: number, x: (v: number) => number): Shape {
    if (bar.value === undefined) {
        return {
            kind: 'group',
            className: 'bar absent',
            tooltip: [bar.tooltip],
            children: [{ kind: 'text', at: { x: x(0) + 5, y: y + 13 }, text: '—', font: VALUE, className: 'muted' }]
        };
    }
    const [from, to] = [x(Math.min(0, bar.value)), x(Math.max(0, bar.value))];
    const negative = bar.value < 0;
    const label = signed(bar.value);
    const labelX = negative ? from - 5 : to + 5;
    const children: Shape[] = [
        { kind: 'rect', box: { x: from, y: y + 3.5, width: Math.max(to - from, 1), height: 11 }, className: 'box' },
        { kind: 'text', at: { x: labelX, y: y + 13 }, text: label, font: VALUE, className: '', anchor: negative ? 'end' : 'start' }
    ];
    if (bar.mark) {
        const offset = textWidth(label, VALUE) + GLYPH_SIZE / 2 + 4;
        children.push({ kind: 'glyph', at: { x: negative ? labelX - offset : labelX + offset, y: y + 9 }, severity: bar.mark.severity });
    }
    const flag = bar.mark ? ` flagged severity-${bar.mark.severity}` : '';
    return {
        kind: 'group',
        className: `bar ${barClass(bar.problem, negative)}${flag}`,
        data: { element: bar.source! },
        tooltip: [bar.tooltip, ...(bar.mark?.lines ?? [])],
        children
    };
}

/**
 * A SEM gap below zero falls short; the perception gap (IT's view − business experience) is the
 * problem above zero, and is coloured as one there, with a class of its own.
 */
function barClass(problem: GapBar['problem'], negative: boolean): string {
    if (problem === 'excess') return negative ? 'perception underrated' : 'perception overrated';
    return negative ? 'shortfall' : 'surplus';
}

function legendItems(tolerance: number): LegendItem[] {
    return [
        { sample: { kind: 'bar', className: 'bar surplus' }, text: 'above (surplus)' },
        { sample: { kind: 'bar', className: 'bar shortfall' }, text: 'below (shortfall)' },
        {
            sample: { kind: 'bar', className: 'bar perception overrated' },
            text: 'PG above zero: IT rates it higher than the business experiences it (the problem)'
        },
        { sample: { kind: 'bar', className: 'legend-tolerance' }, text: `within the tolerance (${tolerance} points; for PG, right of zero)` },
        ...FLAG_ITEMS
    ];
}
