import { findingsText, flaggedInGraph, linksText, listed } from '../describe.js';
import { LEVEL_LABELS } from '../levels.js';
import { bottom, right, type Box, type Point, type Scene, type Shape } from '../scene.js';
import { textWidth, wrap, type Font } from '../text-metrics.js';
import { NEEDS_GROUP, type StackView } from '../views/stack.js';
import { FLAG_ITEMS, header, MARGIN, moveBox, movePoint, withLegend, type LegendItem } from './common.js';
import { layoutLayered, type ElkInputNode } from './elk.js';
import { layoutGrid } from './grid.js';
import { emptyManagement, placeManagement, placeManagementGrid, routeManages, rowBottoms, type ManagementLayout } from './management.js';
import { drawEdge, drawNode, measureNode, type NodeText } from './node.js';

const LABEL_COLUMN = 150;
const BAND_LABEL: Font = { size: 11, bold: true };
const EMPTY_TEXT: Font = { size: 11 };
const BAND_PAD = 18;
/** Under the lowest row run the lanes of `manages` edges (see management.ts). */
const LAST_BAND_PAD = 34;
const PLACEHOLDER = { width: 180, height: 36 };

interface Band {
    group: number;
    top: number;
    bottom: number;
}

interface PlacedStack {
    boxes: Map<string, Box>;
    routes: Point[][];
    bands: Band[];
    /** Right of every box and edge ELK placed. */
    right: number;
    /** Laid out by grid.ts rather than ELK: a large stack. */
    grid: boolean;
}

export async function layoutStack(view: StackView, title: string): Promise<Scene> {
    const head = header(title, view.subtitle);
    const texts = new Map([...view.graph.nodes, ...view.management].map(node => [node.id, measureNode(node)]));
    const stack = await placeStack(view, texts, head.height + BAND_PAD + 8);
    const bandsRight = stack.right + 24 + view.management.length * 8;
    const levelBands = stack.bands.filter(band => band.group !== NEEDS_GROUP);
    const frame = { x: bandsRight + 16, top: levelBands[0]!.top, bottom: levelBands[levelBands.length - 1]!.bottom };
    const management: ManagementLayout & { exits?: Map<string, Point> } = stack.grid
        ? placeManagementGrid(view, texts, frame)
        : placeManagement(view, texts, stack.boxes, frame);
    const routing = {
        stack: stack.boxes,
        management: management.boxes,
        rows: rowBottoms(stack.boxes),
        stackRight: stack.right,
        channel: new Map(view.management.map((node, i) => [node.id, i])),
        ...(management.exits ? { exits: management.exits } : {})
    };
    const shapes: Shape[] = [
        ...head.shapes,
        ...stack.bands.map(band => drawBand(view, band, { left: MARGIN, right: bandsRight }, stack.boxes)),
        management.band,
        ...(view.management.length === 0 ? emptyManagement(management) : []),
        ...view.graph.edges.map((edge, i) => drawEdge(edge, stack.routes[i]!)),
        ...view.manages.map(edge => drawEdge(edge, routeManages(edge, routing))),
        ...view.graph.nodes.map(node => drawNode(node, texts.get(node.id)!, stack.boxes.get(node.id)!)),
        ...view.management.map(node => drawNode(node, texts.get(node.id)!, management.boxes.get(node.id)!))
    ];
    const contentBottom = Math.max(stack.bands[stack.bands.length - 1]!.bottom, bottom(management.area));
    return withLegend(
        { view: 'stack', title, description: describeStack(view) },
        shapes,
        Math.max(right(management.area) + MARGIN, head.width),
        contentBottom + 14,
        LEGEND
    );
}

/** In words: the needs, the services of each level and of service management, the links, the findings. */
function describeStack(view: StackView): string[] {
    const titles = (group: number) => view.graph.nodes.filter(node => node.group === group).map(node => node.title);
    return [
        `${view.subtitle}.`,
        listed('Needs', titles(NEEDS_GROUP)),
        ...view.levels.map(level => listed(`Services at ${LEVEL_LABELS[level.level]}`, titles(level.group))),
        listed(
            'Service management',
            view.management.map(node => node.title)
        ),
        linksText([...view.graph.edges, ...view.manages]),
        ...findingsText(flaggedInGraph([...view.graph.nodes, ...view.management], [...view.graph.edges, ...view.manages]))
    ];
}

/**
 * Above this many boxes in the stack (needs and stacked services) the grid layout (grid.ts)
 * replaces ELK: ELK takes about 0.5 s for 100 boxes on a 2-core machine and grows roughly with
 * the square of the graph (15–35 s for 500). Far above the examples (at most 30 boxes) and the
 * generated 48-service test (72), so their drawings do not change.
 */
export const GRID_ABOVE = 120;

/** Needs and the six levels top to bottom; an empty level gets an invisible placeholder so it keeps its band. */
async function placeStack(view: StackView, texts: ReadonlyMap<string, NodeText>, top: number): Promise<PlacedStack> {
    const placeholders = view.levels.filter(level => level.empty).map(level => ({ id: `level:${level.level}`, ...PLACEHOLDER, partition: level.group }));
    const nodes: ElkInputNode[] = [
        ...view.graph.nodes.map(node => ({ id: node.id, width: texts.get(node.id)!.width, height: texts.get(node.id)!.height, partition: node.group })),
        ...placeholders
    ];
    const dx = MARGIN + LABEL_COLUMN + 20;
    if (view.graph.nodes.length > GRID_ABOVE) {
        const grid = layoutGrid(nodes, view.graph.edges, { x: dx + 16, y: top });
        return { boxes: grid.boxes, routes: grid.routes, bands: bandsOf(nodes, grid.boxes), right: grid.right, grid: true };
    }
    const laid = await layoutLayered(nodes, view.graph.edges, 'DOWN');
    const boxes = new Map([...laid.boxes].map(([id, box]) => [id, moveBox(box, dx, top)]));
    const routes = laid.routes.map(route => route.map(p => movePoint(p, dx, top)));
    return { boxes, routes, bands: bandsOf(nodes, boxes), right: Math.max(dx + laid.width, ...routes.flat().map(p => p.x)), grid: false };
}

/** Each group's vertical extent, split halfway between neighbours so the bands touch. */
function bandsOf(nodes: readonly ElkInputNode[], boxes: ReadonlyMap<string, Box>): Band[] {
    const spans = new Map<number, { top: number; bottom: number }>();
    for (const node of nodes) {
        const box = boxes.get(node.id)!;
        const span = spans.get(node.partition);
        spans.set(node.partition, span ? { top: Math.min(span.top, box.y), bottom: Math.max(span.bottom, bottom(box)) } : { top: box.y, bottom: bottom(box) });
    }
    const sorted = [...spans].sort((a, b) => a[0] - b[0]);
    return sorted.map(([group, span], i) => ({
        group,
        top: i === 0 ? span.top - BAND_PAD : (sorted[i - 1]![1].bottom + span.top) / 2,
        bottom: i === sorted.length - 1 ? span.bottom + LAST_BAND_PAD : (span.bottom + sorted[i + 1]![1].top) / 2
    }));
}

function drawBand(view: StackView, band: Band, x: { left: number; right: number }, boxes: ReadonlyMap<string, Box>): Shape {
    const level = view.levels.find(l => l.group === band.group);
    const box = { x: x.left, y: band.top, width: x.right - x.left, height: band.bottom - band.top };
    const name = level ? LEVEL_LABELS[level.level] : 'Needs';
    const label = wrap(name, LABEL_COLUMN - 12, BAND_LABEL, 2).map((line, n): Shape => ({
        kind: 'text',
        at: { x: x.left + 10, y: band.top + 20 + n * 14 },
        text: line,
        font: BAND_LABEL,
        className: 'band-label'
    }));
    const children: Shape[] = [{ kind: 'rect', box, className: 'box' }, ...label];
    if (level?.empty) children.push(...emptyMarks(box, boxes.get(`level:${level.level}`)!));
    const kind = level ? (band.group % 2 === 0 ? ' alt' : '') : ' needs';
    const tooltip = level?.empty ? [`No service is at the ${level.level} level`] : undefined;
    return {
        kind: 'group',
        className: `band${kind}${level?.empty ? ' empty' : ''}`,
        data: { level: level?.level ?? 'needs' },
        ...(tooltip ? { tooltip } : {}),
        children
    };
}

/** An empty level: hatched right of its label, with a plain note where the placeholder was laid out. */
function emptyMarks(band: Box, placeholder: Box): Shape[] {
    const hatch = { x: band.x + LABEL_COLUMN, y: band.y, width: band.width - LABEL_COLUMN, height: band.height };
    const note = 'no services at this level';
    const center: Point = { x: placeholder.x + placeholder.width / 2, y: placeholder.y + placeholder.height / 2 };
    const noteBox = { x: center.x - textWidth(note, EMPTY_TEXT) / 2 - 6, y: center.y - 10, width: textWidth(note, EMPTY_TEXT) + 12, height: 20 };
    return [
        { kind: 'hatch', box: hatch },
        { kind: 'rect', box: noteBox, className: 'background', rx: 3 },
        { kind: 'text', at: { x: center.x, y: center.y + 4 }, text: note, font: EMPTY_TEXT, className: 'muted', anchor: 'middle' }
    ];
}

const LEGEND: LegendItem[] = [
    { sample: { kind: 'box', className: 'node need' }, text: 'need' },
    { sample: { kind: 'box', className: 'node service' }, text: 'service' },
    { sample: { kind: 'box', className: 'node management' }, text: 'service management' },
    { sample: { kind: 'line', className: 'edge addresses', arrow: true }, text: 'addressed by' },
    { sample: { kind: 'line', className: 'edge aligns', arrow: true }, text: 'aligned with (alignment)' },
    { sample: { kind: 'line', className: 'edge supportedBy', arrow: true }, text: 'supported by' },
    { sample: { kind: 'line', className: 'edge manages', arrow: true }, text: 'manages' },
    { sample: { kind: 'hatch' }, text: 'empty level' },
    ...FLAG_ITEMS
];
