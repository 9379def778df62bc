import { bottom, right, type Box, type Point, type Shape } from '../scene.js';
import { textWidth, wrap, type Font } from '../text-metrics.js';
import type { GraphEdge } from '../views/graph.js';
import type { StackView } from '../views/stack.js';
import type { NodeText } from './node.js';
import { maxOf } from './common.js';

/**
 * The service-management band stands beside the stack, as the model says it touches every
 * level. ELK lays out the stack only; the band's boxes and their `manages` edges are placed
 * here: each box level with the services it manages, each edge along its own vertical channel
 * between stack and band, then through the free gap under the managed service's row, entering
 * the service from the right, so no edge crosses a box.
 */

const PAD = 14;
const LABEL: Font = { size: 11, bold: true };
const NOTE: Font = { size: 11 };
const GAP = 16;
/** Between the rows and the columns of placeManagementGrid. */
const ROW_GAP = 24;
const COLUMN_GAP = 24;

export interface ManagementLayout {
    band: Shape;
    boxes: Map<string, Box>;
    area: Box;
}

export function placeManagement(
    view: StackView,
    texts: ReadonlyMap<string, NodeText>,
    stack: ReadonlyMap<string, Box>,
    frame: { x: number; top: number; bottom: number }
): ManagementLayout {
    const width = maxOf(view.management, node => texts.get(node.id)!.width, 180) + 2 * PAD;
    const label = wrap('Service management', width - 20, LABEL, 2);
    let cursor = frame.top + 20 + label.length * 14;
    const wanted = view.management.map((node, i) => ({ node, i, y: targetTop(node.id, texts.get(node.id)!.height, view.manages, stack) ?? cursor }));
    const boxes = new Map<string, Box>();
    for (const { node, y } of wanted.sort((a, b) => a.y - b.y || a.i - b.i)) {
        const text = texts.get(node.id)!;
        const top = Math.max(y, cursor);
        boxes.set(node.id, { x: frame.x + PAD, y: top, width: text.width, height: text.height });
        cursor = top + text.height + GAP;
    }
    const area = { x: frame.x, y: frame.top, width, height: Math.max(frame.bottom, cursor) - frame.top };
    return { band: drawBand(area, label), boxes, area };
}

/**
 * For a large stack (grid.ts): the boxes in rows of equal cells, in model order, as many
 * columns as keep the band about as tall as the stack. Each box's `manages` edges leave from
 * its bottom, through the gap under its row, to the channels (see `exits`).
 */
export function placeManagementGrid(
    view: StackView,
    texts: ReadonlyMap<string, NodeText>,
    frame: { x: number; top: number; bottom: number }
): ManagementLayout & { exits: Map<string, Point> } {
    const cell = maxOf(view.management, node => texts.get(node.id)!.width, 180);
    const label = wrap('Service management', cell - 20, LABEL, 2);
    const first = frame.top + 20 + label.length * 14;
    const pitch = maxOf(view.management, node => texts.get(node.id)!.height, 0) + ROW_GAP;
    const columns = Math.max(1, Math.ceil((view.management.length * pitch) / Math.max(pitch, frame.bottom - first)));
    const boxes = new Map<string, Box>();
    const exits = new Map<string, Point>();
    view.management.forEach((node, i) => {
        const text = texts.get(node.id)!;
        const [row, column] = [Math.floor(i / columns), i % columns];
        const box = { x: frame.x + PAD + column * (cell + COLUMN_GAP), y: first + row * pitch, width: text.width, height: text.height };
        boxes.set(node.id, box);
        exits.set(node.id, { x: box.x + 12, y: first + row * pitch + pitch - ROW_GAP + 6 + (column % 4) * 4 });
    });
    const rows = Math.ceil(view.management.length / columns);
    const width = columns * cell + (columns - 1) * COLUMN_GAP + 2 * PAD;
    const area = { x: frame.x, y: frame.top, width, height: Math.max(frame.bottom, first + rows * pitch) - frame.top };
    return { band: drawBand(area, label), boxes, area, exits };
}

/** Level with the middle of the services it manages. */
function targetTop(id: string, height: number, manages: readonly GraphEdge[], stack: ReadonlyMap<string, Box>): number | undefined {
    const centres = manages
        .filter(edge => edge.source === id)
        .map(edge => stack.get(edge.target)!)
        .map(box => box.y + box.height / 2);
    return centres.length === 0 ? undefined : centres.reduce((a, b) => a + b, 0) / centres.length - height / 2;
}

function drawBand(area: Box, label: string[]): Shape {
    const children: Shape[] = [
        { kind: 'rect', box: area, className: 'box' },
        ...label.map((line, n): Shape => ({ kind: 'text', at: { x: area.x + 10, y: area.y + 20 + n * 14 }, text: line, font: LABEL, className: 'band-label' }))
    ];
    return { kind: 'group', className: 'band management', data: { level: 'service-management' }, children };
}

/** An empty management band: hatched, with a note, as an empty stack level is. */
export function emptyManagement(layout: ManagementLayout): Shape[] {
    const note = 'no service management';
    const area = layout.area;
    const hatch = { x: area.x, y: area.y + 40, width: area.width, height: area.height - 40 };
    const cx = area.x + area.width / 2;
    const noteWidth = textWidth(note, NOTE);
    return [
        { kind: 'hatch', box: hatch },
        { kind: 'rect', box: { x: cx - noteWidth / 2 - 6, y: hatch.y + 20, width: noteWidth + 12, height: 20 }, className: 'background', rx: 3 },
        { kind: 'text', at: { x: cx, y: hatch.y + 34 }, text: note, font: NOTE, className: 'muted', anchor: 'middle' }
    ];
}

/** The lowest bottom among the boxes in each box's row (boxes whose vertical extents overlap). */
export function rowBottoms(boxes: ReadonlyMap<string, Box>): Map<string, number> {
    const result = new Map<string, number>();
    let row: string[] = [];
    let lowest = Number.NEGATIVE_INFINITY;
    for (const [id, box] of [...boxes].sort((a, b) => a[1].y - b[1].y)) {
        if (box.y >= lowest) {
            row.forEach(member => result.set(member, lowest));
            [row, lowest] = [[], Number.NEGATIVE_INFINITY];
        }
        row.push(id);
        lowest = Math.max(lowest, bottom(box));
    }
    row.forEach(member => result.set(member, lowest));
    return result;
}

export interface ManagesRouting {
    stack: ReadonlyMap<string, Box>;
    management: ReadonlyMap<string, Box>;
    rows: ReadonlyMap<string, number>;
    /** Left of the first channel: right of everything ELK placed. */
    stackRight: number;
    /** Channel per management service, by qualified name. */
    channel: ReadonlyMap<string, number>;
    /** Where edges leave a management box below it (placeManagementGrid); else from its left side. */
    exits?: ReadonlyMap<string, Point>;
}

export function routeManages(edge: GraphEdge, routing: ManagesRouting): Point[] {
    const from = routing.management.get(edge.source)!;
    const to = routing.stack.get(edge.target)!;
    const m = routing.channel.get(edge.source)!;
    const x = routing.stackRight + 16 + m * 8;
    const lane = routing.rows.get(edge.target)! + 10 + (m % 4) * 5;
    const [fromY, toY, entry] = [from.y + from.height / 2, to.y + to.height / 2, right(to) + 7];
    const exit = routing.exits?.get(edge.source);
    const start = exit
        ? [{ x: exit.x, y: bottom(from) }, exit, { x, y: exit.y }]
        : [
              { x: from.x, y: fromY },
              { x, y: fromY }
          ];
    return [...start, { x, y: lane }, { x: entry, y: lane }, { x: entry, y: toY }, { x: right(to), y: toY }];
}
