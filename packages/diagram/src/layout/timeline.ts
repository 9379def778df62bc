import { dayOf, isoOf } from '../dates.js';
import { GLYPH_SIZE, type Scene, type Shape } from '../scene.js';
import { textWidth, truncate, type Font } from '../text-metrics.js';
import type { AgilityRow, AgilityView } from '../views/agility.js';
import { diamond, FLAG_ITEMS, header, MARGIN, withLegend, type LegendItem } from './common.js';

const LABEL: Font = { size: 11, bold: true };
const DETAIL: Font = { size: 10 };
const TICK: Font = { size: 10 };
const ROW = 38;
const PLOT = 640;
const LABEL_MAX = 260;
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
    const height = Math.max(1, view.rows.length) * ROW;
    const shapes: Shape[] = [...head.shapes, ...axis(first, last, x, top, height)];
    view.rows.forEach((row, i) => shapes.push(drawRow(row, top + i * ROW, x, last, labelW)));
    if (view.rows.length === 0) shapes.push({ kind: 'text', at: { x: left, y: top + 22 }, text: 'No dated need or change', font: DETAIL, className: 'muted' });
    return withLegend('agility', title, shapes, Math.max(left + PLOT + TAIL + MARGIN, head.width), top + height + 14, LEGEND);
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

/** Month ticks, every 1, 2, 3, 6 or 12 months: the first step whose labels do not crowd. */
function axis(first: number, last: number, x: (day: number) => number, top: number, height: number): Shape[] {
    const months: string[] = [];
    for (let iso = isoOf(first); dayOf(iso) <= last; iso = nextMonth(iso)) months.push(iso);
    const perMonth = (x(last) - x(first)) / Math.max(1, months.length - 1);
    const step = [1, 2, 3, 6, 12].find(n => n * perMonth >= 64) ?? 12;
    const ticks = months.filter((iso, i) => (step === 12 ? iso.slice(5, 7) === '01' || i === 0 : i % step === 0));
    return ticks.flatMap((iso): Shape[] => [
        { kind: 'path', points: [{ x: x(dayOf(iso)), y: top - 6 }, { x: x(dayOf(iso)), y: top + height }], className: 'grid' },
        { kind: 'text', at: { x: x(dayOf(iso)), y: top - 12 }, text: `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`, font: TICK, className: 'muted', anchor: 'middle' }
    ]);
}

function drawRow(row: AgilityRow, top: number, x: (day: number) => number, last: number, labelW: number): Shape {
    const indent = row.mark ? GLYPH_SIZE + 5 : 0;
    const mid = top + ROW / 2;
    const end = row.end ?? last;
    const open = row.response === undefined;
    const days = open ? `open · ${end - row.start} days` : `${row.response!.days} days`;
    const children: Shape[] = [
        { kind: 'text', at: { x: MARGIN + indent, y: mid - 2 }, text: truncate(row.label, labelW - 20 - indent, LABEL), font: LABEL, className: '' },
        { kind: 'text', at: { x: MARGIN, y: mid + 11 }, text: row.detail, font: DETAIL, className: 'muted' },
        { kind: 'rect', box: { x: x(row.start), y: mid - 6, width: Math.max(2, x(end) - x(row.start)), height: 12 }, className: 'box', rx: 2 },
        dueMark({ x: x(row.due), y: mid + 8 }),
        { kind: 'text', at: { x: x(end) + (open ? 6 : 12), y: mid + 4 }, text: days, font: DETAIL, className: '' }
    ];
    if (row.mark) children.push({ kind: 'glyph', at: { x: MARGIN + GLYPH_SIZE / 2, y: mid - 6 }, severity: row.mark.severity });
    if (row.response) children.push(response(row, { x: x(end), y: mid }));
    const flag = row.mark ? ` flagged severity-${row.mark.severity}` : '';
    const tooltip = [...row.tooltip, `${isoOf(row.start)} → ${open ? `open (${isoOf(end)})` : isoOf(end)}: ${days}, due ${isoOf(row.due)}`, ...(row.mark?.lines ?? [])];
    return { kind: 'group', className: `span ${row.kind}${open ? ' open' : ''}${flag}`, data: { element: row.subject }, tooltip, children };
}

/** A small caret under the bar where the response falls due, clear of the bar's label. */
function dueMark(at: { x: number; y: number }): Shape {
    return { kind: 'path', closed: true, className: 'due', points: [at, { x: at.x + 4, y: at.y + 6 }, { x: at.x - 4, y: at.y + 6 }] };
}

/** The response, a diamond at its date, leads to the alignment; marked when its lateness is flagged. */
function response(row: AgilityRow, at: { x: number; y: number }): Shape {
    const { alignment, mark } = row.response!;
    const flag = mark ? ` flagged severity-${mark.severity}` : '';
    return { kind: 'group', className: `responder${flag}`, data: { element: alignment }, tooltip: [`alignment ${alignment} responded`, ...(mark?.lines ?? [])], children: [diamond(at, 'response')] };
}

const LEGEND: LegendItem[] = [
    { sample: { kind: 'bar', className: 'span need' }, text: 'need, raised → responded' },
    { sample: { kind: 'bar', className: 'span change' }, text: 'change, happened → responded' },
    { sample: { kind: 'bar', className: 'span open' }, text: 'open: no response yet (to asOf)' },
    { sample: { kind: 'diamond' }, text: 'response (alignment)' },
    { sample: { kind: 'due' }, text: 'due: maxResponseDays' },
    ...FLAG_ITEMS
];
