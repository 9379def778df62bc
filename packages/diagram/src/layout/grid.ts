import { bottom, right, type Box, type Point } from '../scene.js';
import type { ElkInputEdge, ElkInputNode } from './elk.js';
import { maxOf } from './common.js';

/**
 * The stack of a large workspace, without ELK: ELK's layered layout grows much faster than the
 * graph (500 services took 15–35 s, 2,000 did not finish in minutes, whatever its options), so
 * above a size the boxes of each band stand in rows, in model order, wrapped at a fixed number
 * of columns; linear in the number of boxes and edges.
 *
 * Every box sits in a cell of one uniform grid, so the gaps between rows (lanes) and between
 * columns (gutters) run clear through the whole stack. An edge leaves its source at the bottom
 * (or the top, when its target is higher), runs along the lane next to the source's row, down
 * or up the gutter beside the target's column, along the lane next to the target's row, and
 * enters the target; between its first and last segment it touches no box. Where several edges
 * leave or enter one side of a box, their ends are spread along that side in edge order.
 */

const COLUMN_GAP = 32;
/** Room under a row: `manages` lanes (10–25 px, management.ts), then the lanes drawn here. */
const ROW_GAP = 48;
const BAND_GAP = 64;
const MIN_COLUMNS = 8;
const MAX_COLUMNS = 24;

export interface GridResult {
    boxes: Map<string, Box>;
    /** One route per input edge, in input order. */
    routes: Point[][];
    /** Right of every box and route. */
    right: number;
}

interface Row {
    top: number;
    bottom: number;
}

interface Slot {
    row: number;
    column: number;
}

/** Nodes in groups by `partition`, lowest first, from `origin` down; the origin is the top left of the first cell. */
export function layoutGrid(nodes: readonly ElkInputNode[], edges: readonly ElkInputEdge[], origin: Point): GridResult {
    const cell = maxOf(nodes, node => node.width, 0);
    const columns = Math.min(MAX_COLUMNS, Math.max(MIN_COLUMNS, Math.ceil(Math.sqrt(nodes.length) * 0.75)));
    const pitch = cell + COLUMN_GAP;
    const groups = [...new Set(nodes.map(node => node.partition))].sort((a, b) => a - b);
    const boxes = new Map<string, Box>();
    const slots = new Map<string, Slot>();
    const rows: Row[] = [];
    let y = origin.y;
    for (const [g, group] of groups.entries()) {
        if (g > 0) y += BAND_GAP - ROW_GAP;
        const members = nodes.filter(node => node.partition === group);
        for (let first = 0; first < members.length; first += columns) {
            const row = members.slice(first, first + columns);
            const height = Math.max(...row.map(node => node.height));
            row.forEach((node, column) => {
                boxes.set(node.id, { x: origin.x + column * pitch + (cell - node.width) / 2, y, width: node.width, height: node.height });
                slots.set(node.id, { row: rows.length, column });
            });
            rows.push({ top: y, bottom: y + height });
            y += height + ROW_GAP;
        }
    }
    const routes = routeAll(edges, { boxes, slots, rows, origin, pitch });
    const gridRight = origin.x + columns * pitch;
    return { boxes, routes, right: maxOf([...boxes.values()], right, gridRight) };
}

interface Grid {
    boxes: ReadonlyMap<string, Box>;
    slots: ReadonlyMap<string, Slot>;
    rows: readonly Row[];
    origin: Point;
    pitch: number;
}

type Side = 'top' | 'bottom';

interface Plan {
    from: Slot;
    to: Slot;
    exit: Side;
    entry: Side;
}

function routeAll(edges: readonly ElkInputEdge[], grid: Grid): Point[][] {
    const planned = edges.map(edge => ({ edge, p: plan(grid.slots.get(edge.source)!, grid.slots.get(edge.target)!) }));
    // Ends on each side of each box, counted first so they can be spread evenly.
    const total = new Map<string, number>();
    const ends = planned.flatMap(({ edge, p }) => [`${edge.source} ${p.exit}`, `${edge.target} ${p.entry}`]);
    for (const key of ends) total.set(key, (total.get(key) ?? 0) + 1);
    const used = new Map<string, number>();
    const spread = (key: string, box: Box): number => {
        const n = used.get(key) ?? 0;
        used.set(key, n + 1);
        return box.x + (box.width * (n + 1)) / (total.get(key)! + 1);
    };
    return planned.map(({ edge, p }, i) => {
        const [source, target] = [grid.boxes.get(edge.source)!, grid.boxes.get(edge.target)!];
        const start = { x: spread(`${edge.source} ${p.exit}`, source), y: p.exit === 'bottom' ? bottom(source) : source.y };
        const end = { x: spread(`${edge.target} ${p.entry}`, target), y: p.entry === 'bottom' ? bottom(target) : target.y };
        return route(p, start, end, grid, i);
    });
}

function plan(from: Slot, to: Slot): Plan {
    if (to.row > from.row) return { from, to, exit: 'bottom', entry: 'top' };
    if (to.row < from.row) return { from, to, exit: 'top', entry: 'bottom' };
    return { from, to, exit: 'bottom', entry: 'bottom' };
}

/** The lane in the gap under row `row` (`k` spreads edges that share a gap a little apart). */
function laneBelow(grid: Grid, row: number, k: number): number {
    return grid.rows[row]!.bottom + 30 + (k % 3) * 4;
}

function laneAbove(grid: Grid, row: number, k: number): number {
    return grid.rows[row]!.top - 5 - (k % 3) * 4;
}

function route(p: Plan, start: Point, end: Point, grid: Grid, k: number): Point[] {
    const { from, to } = p;
    if (from.row === to.row) {
        const lane = laneBelow(grid, from.row, k);
        return [start, { x: start.x, y: lane }, { x: end.x, y: lane }, end];
    }
    const down = to.row > from.row;
    if (Math.abs(to.row - from.row) === 1) {
        // Neighbouring rows share one gap: a single lane in it.
        const lane = down ? laneBelow(grid, from.row, k) : laneAbove(grid, from.row, k);
        return [start, { x: start.x, y: lane }, { x: end.x, y: lane }, end];
    }
    const leave = down ? laneBelow(grid, from.row, k) : laneAbove(grid, from.row, k);
    const arrive = down ? laneAbove(grid, to.row, k) : laneBelow(grid, to.row, k);
    // The gutter beside the target's column, on the side the source is.
    const left = grid.origin.x + to.column * grid.pitch;
    const towardsLeft = from.column <= to.column;
    const gutter = (towardsLeft ? left - COLUMN_GAP / 2 : left + grid.pitch - COLUMN_GAP / 2) + ((k % 5) - 2) * 3;
    return [start, { x: start.x, y: leave }, { x: gutter, y: leave }, { x: gutter, y: arrive }, { x: end.x, y: arrive }, end];
}
