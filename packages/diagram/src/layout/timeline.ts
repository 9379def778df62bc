import { dayOf, isoOf } from '../dates.js';
import { findingsText, type Flagged } from '../describe.js';
import { GLYPH_SIZE, type Box, type Scene, type Shape } from '../scene.js';
import { SMALL, textWidth, truncate, type Font } from '../text-metrics.js';
import type { AgilityRow, AgilityView } from '../views/agility.js';
import { diamond, FLAG_ITEMS, header, MARGIN, maxOf, OPEN_END, openBar, withLegend, type LegendItem } from './common.js';

const LABEL: Font = { size: 11, bold: true };
const DETAIL = SMALL;
const TICK = SMALL;
const ROW = 38;
/** The line that opens a package's rows, when the rows span more than one package. */
const GROUP = 26;
const GROUP_FONT: Font = { size: 12, bold: true };
const PLOT = 640;
/** Labels are shortened only beyond this: the full text is in the row's tooltip. */
const LABEL_MAX = 360;
/** Right of the plot: room for "open · 365 days" after the last bar. */
const TAIL = 110;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Computed geometry, no ELK: one row per need or change, days left to right on a monthly axis. */
export function layoutTimeline(view: AgilityView, title: string): Scene {
    const head = header(title, view.subtitle);
    const labelW = Math.min(LABEL_MAX, Math.max(120, ...view.rows.map(row => textWidth(row.label, LABEL) + GLYPH_SIZE + 6, 0))) + 20;
    const left = MARGIN + labelW;
    const [first, last] = range(view.rows);
    const x = (day: number) => left + ((day - first) / Math.max(1, last - first)) * PLOT;
    const top = head.height + 34;
    const placed = placeRows(view.rows, top);
    const height = Math.max(ROW, placed.bottom - top);
    const shapes: Shape[] = [...head.shapes, ...axis(first, last, x, top, height)];
    for (const group of placed.groups) shapes.push(groupHeading(group.package, group.y, left + PLOT));
    for (const { row, y } of placed.rows) shapes.push(drawRow(row, y, x, last, labelW));
    if (view.rows.length === 0) shapes.push({ kind: 'text', at: { x: left, y: top + 22 }, text: 'No dated need or change', font: DETAIL, className: 'muted' });
    // A long figure after a late bar (planning and delivery) may reach past the usual tail.
    const figures = maxOf(view.rows, row => figureX(row, x, row.end ?? last) + textWidth(figureText(row, row.end ?? last), DETAIL), 0);
    return withLegend(
        { view: 'agility', title, description: describeTimeline(view, last) },
        shapes,
        Math.max(Math.max(left + PLOT + TAIL, figures) + MARGIN, head.width),
        top + height + 14,
        LEGEND
    );
}

interface PlacedRows {
    rows: { row: AgilityRow; y: number }[];
    /** Where each package's rows begin; none when every row is of one package. */
    groups: { package: string; y: number }[];
    bottom: number;
}

/** Rows top to bottom, a heading line before each package's rows when there are several packages. */
function placeRows(rows: readonly AgilityRow[], top: number): PlacedRows {
    const grouped = new Set(rows.map(row => row.package)).size > 1;
    const placed: PlacedRows = { rows: [], groups: [], bottom: top };
    rows.forEach((row, i) => {
        if (grouped && row.package !== rows[i - 1]?.package) {
            placed.groups.push({ package: row.package, y: placed.bottom });
            placed.bottom += GROUP;
        }
        placed.rows.push({ row, y: placed.bottom });
        placed.bottom += ROW;
    });
    return placed;
}

function groupHeading(pkg: string, y: number, right: number): Shape {
    return {
        kind: 'group',
        className: 'package-heading',
        children: [
            { kind: 'text', at: { x: MARGIN, y: y + 17 }, text: pkg === '' ? 'root package' : `package ${pkg}`, font: GROUP_FONT, className: '' },
            {
                kind: 'path',
                points: [
                    { x: MARGIN, y: y + GROUP - 3 },
                    { x: right, y: y + GROUP - 3 }
                ],
                className: 'grid'
            }
        ]
    };
}

/** In words: each row's trigger, its delay or age and when it fell due, then the findings. */
function describeTimeline(view: AgilityView, last: number): string[] {
    const rows = view.rows.map(row => `${row.label} (${row.detail}): ${figureText(row, row.end ?? last)}, due ${isoOf(row.due)}.`);
    const flagged = view.rows.flatMap((row): Flagged[] => [
        ...(row.mark ? [{ what: `${row.kind} ${row.label}`, mark: row.mark }] : []),
        ...(row.response?.mark ? [{ what: `response by ${row.response.alignment} to ${row.label}`, mark: row.response.mark }] : [])
    ]);
    return [`${view.subtitle}.`, ...(rows.length === 0 ? ['No dated need or change.'] : rows), ...findingsText(flagged)];
}

/** From the first of the month of the earliest date to the first of the month after the latest (dues included). */
function range(rows: readonly AgilityRow[]): [number, number] {
    const days = rows.flatMap(row => [row.start, row.end ?? row.start, row.due]);
    if (days.length === 0) return [0, 31];
    const [low, high] = [isoOf(Math.min(...days)), isoOf(Math.max(...days))];
    return [dayOf(`${low.slice(0, 8)}01`), dayOf(nextMonth(high))];
}

function nextMonth(iso: string): string {
    const [year, month] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
    return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/**
 * Month ticks, every 1, 2, 3 or 6 months, or every 1, 2, 5 or 10 years on the Januaries: the
 * first step whose labels do not crowd (an open trigger runs to asOf, which may be years on).
 */
function axis(first: number, last: number, x: (day: number) => number, top: number, height: number): Shape[] {
    const months: string[] = [];
    for (let iso = isoOf(first); dayOf(iso) <= last; iso = nextMonth(iso)) months.push(iso);
    const perMonth = (x(last) - x(first)) / Math.max(1, months.length - 1);
    const step = [1, 2, 3, 6, 12, 24, 60, 120].find(n => n * perMonth >= 64) ?? 120;
    // A step of a year or more is only chosen for a range of ten steps or so: it holds such Januaries.
    const ticks =
        step < 12 ? months.filter((_, i) => i % step === 0) : months.filter(iso => iso.slice(5, 7) === '01' && Number(iso.slice(0, 4)) % (step / 12) === 0);
    return ticks.flatMap((iso): Shape[] => [
        {
            kind: 'path',
            points: [
                { x: x(dayOf(iso)), y: top - 6 },
                { x: x(dayOf(iso)), y: top + height }
            ],
            className: 'grid'
        },
        {
            kind: 'text',
            at: { x: x(dayOf(iso)), y: top - 12 },
            text: `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`,
            font: TICK,
            className: 'muted',
            anchor: 'middle'
        }
    ]);
}

function drawRow(row: AgilityRow, top: number, x: (day: number) => number, last: number, labelW: number): Shape {
    const indent = row.mark ? GLYPH_SIZE + 5 : 0;
    const mid = top + ROW / 2;
    const end = row.end ?? last;
    const open = row.response === undefined;
    const figure = figureText(row, end);
    const children: Shape[] = [
        { kind: 'text', at: { x: MARGIN + indent, y: mid - 2 }, text: truncate(row.label, labelW - 20 - indent, LABEL), font: LABEL, className: '' },
        { kind: 'text', at: { x: MARGIN, y: mid + 11 }, text: row.detail, font: DETAIL, className: 'muted' },
        ...bar(row, { x: x(row.start), y: mid - 6, width: Math.max(2, x(end) - x(row.start)), height: 12 }, x),
        dueMark({ x: x(row.due), y: mid + 8 }),
        { kind: 'text', at: { x: figureX(row, x, end), y: mid + 4 }, text: figure, font: DETAIL, className: '' }
    ];
    if (row.mark) children.push({ kind: 'glyph', at: { x: MARGIN + GLYPH_SIZE / 2, y: mid - 6 }, severity: row.mark.severity });
    if (row.response) children.push(response(row, { x: x(end), y: mid }));
    const flag = row.mark ? ` flagged severity-${row.mark.severity}` : '';
    const split =
        row.decided === undefined ? [] : [`decided ${isoOf(row.decided)}: planning ${row.decided - row.start} days, delivery ${end - row.decided} days`];
    const tooltip = [
        ...row.tooltip,
        `${isoOf(row.start)} → ${open ? `open (${isoOf(end)})` : isoOf(end)}: ${figure}, due ${isoOf(row.due)}`,
        ...split,
        ...(row.mark?.lines ?? [])
    ];
    return { kind: 'group', className: `span ${row.kind}${open ? ' open' : ''}${flag}`, data: { element: row.subject }, tooltip, children };
}

/**
 * The bar from the trigger to its end: open on the right while no response has come (it runs
 * on past asOf); split at `decided` into planning and delivery when the first response says
 * when it was decided.
 */
function bar(row: AgilityRow, box: Box, x: (day: number) => number): Shape[] {
    if (row.response === undefined) return openBar(box);
    if (row.decided === undefined) return [{ kind: 'rect', box, className: 'box', rx: 2 }];
    const split = Math.min(Math.max(x(row.decided), box.x), box.x + box.width);
    return [
        { kind: 'rect', box: { ...box, width: split - box.x }, className: 'box planning' },
        { kind: 'rect', box: { ...box, x: split, width: box.x + box.width - split }, className: 'box' },
        {
            kind: 'path',
            points: [
                { x: split, y: box.y - 3 },
                { x: split, y: box.y + box.height + 3 }
            ],
            className: 'decided'
        }
    ];
}

/** The figure after the bar: the days, split into planning and delivery when known; or its age while open. */
function figureText(row: AgilityRow, end: number): string {
    if (row.response === undefined) return `open · ${end - row.start} days`;
    if (row.decided === undefined) return `${row.response.days} days`;
    return `${row.response.days} days: ${row.decided - row.start} planning, ${end - row.decided} delivery`;
}

/** Clear of the response's diamond, or of the open end's chevron. */
function figureX(row: AgilityRow, x: (day: number) => number, end: number): number {
    return x(end) + (row.response === undefined ? OPEN_END + 5 : 12);
}

/** A small caret under the bar where the response falls due, clear of the bar's label. */
function dueMark(at: { x: number; y: number }): Shape {
    return { kind: 'path', closed: true, className: 'due', points: [at, { x: at.x + 4, y: at.y + 6 }, { x: at.x - 4, y: at.y + 6 }] };
}

/** The response, a diamond at its date, leads to the alignment; marked when its lateness is flagged. */
function response(row: AgilityRow, at: { x: number; y: number }): Shape {
    const { alignment, mark } = row.response!;
    const flag = mark ? ` flagged severity-${mark.severity}` : '';
    return {
        kind: 'group',
        className: `responder${flag}`,
        data: { element: alignment },
        tooltip: [`alignment ${alignment} responded`, ...(mark?.lines ?? [])],
        children: [diamond(at, 'response')]
    };
}

const LEGEND: LegendItem[] = [
    { sample: { kind: 'bar', className: 'span need' }, text: 'need, raised → responded' },
    { sample: { kind: 'bar', className: 'span change' }, text: 'change, happened → responded' },
    { sample: { kind: 'bar', className: 'span need', box: 'planning' }, text: 'planning: raised → decided (then delivery → responded)' },
    { sample: { kind: 'open' }, text: 'open: no response yet, its age on asOf' },
    { sample: { kind: 'diamond' }, text: 'response (alignment)' },
    { sample: { kind: 'due' }, text: 'due: maxResponseDays' },
    ...FLAG_ITEMS
];
