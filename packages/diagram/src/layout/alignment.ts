import { findingsText, flaggedInGraph, linksText, listed } from '../describe.js';
import { right, type Box, type Scene, type Shape } from '../scene.js';
import type { Font } from '../text-metrics.js';
import { COLUMNS, type AlignmentView } from '../views/alignment.js';
import { FLAG_ITEMS, header, MARGIN, moveBox, movePoint, withLegend, type LegendItem } from './common.js';
import { layoutLayered } from './elk.js';
import { drawEdge, drawNode, measureNode } from './node.js';

const COLUMN_HEAD: Font = { size: 12, bold: true };
const STRIPE_PAD = 14;
const HEAD_ROOM = 30;

/** The flow left to right, one column per kind, each under its heading on a stripe. */
export async function layoutAlignment(view: AlignmentView, title: string): Promise<Scene> {
    const head = header(title, view.subtitle);
    const texts = new Map(view.graph.nodes.map(node => [node.id, measureNode(node)]));
    const elkNodes = view.graph.nodes.map(node => ({
        id: node.id,
        width: texts.get(node.id)!.width,
        height: texts.get(node.id)!.height,
        partition: node.group
    }));
    const laid = await layoutLayered(elkNodes, view.graph.edges, 'RIGHT');
    const [dx, dy] = [MARGIN + STRIPE_PAD, head.height + HEAD_ROOM + STRIPE_PAD];
    const boxes = new Map([...laid.boxes].map(([id, box]) => [id, moveBox(box, dx, dy)]));
    const routes = laid.routes.map(route => route.map(p => movePoint(p, dx, dy)));
    const height = Math.max(laid.height, 40) + 2 * STRIPE_PAD;
    const stripes = columnStripes(view, boxes, { top: dy - STRIPE_PAD, height });
    const shapes: Shape[] = [
        ...head.shapes,
        ...stripes,
        ...view.graph.edges.map((edge, i) => drawEdge(edge, routes[i]!)),
        ...view.graph.nodes.map(node => drawNode(node, texts.get(node.id)!, boxes.get(node.id)!))
    ];
    const contentRight = Math.max(dx + laid.width + STRIPE_PAD, ...routes.flat().map(p => p.x + STRIPE_PAD));
    return withLegend(
        { view: 'alignment', title, description: describeAlignment(view) },
        shapes,
        Math.max(contentRight + MARGIN, head.width),
        dy - STRIPE_PAD + height + 14,
        LEGEND
    );
}

/** In words: each column's boxes with their facts (dates, TBE, effects), the links, the findings. */
function describeAlignment(view: AlignmentView): string[] {
    const nodes = view.graph.nodes;
    const entry = (node: (typeof nodes)[number]) => `${node.title} (${[node.detail, ...(node.notes ?? [])].join('; ')})`;
    return [
        `${view.subtitle}.`,
        ...COLUMNS.map((name, group) => listed(name, nodes.filter(node => node.group === group).map(entry))),
        linksText(view.graph.edges),
        ...findingsText(flaggedInGraph(nodes, view.graph.edges))
    ];
}

/** A stripe behind each column that has nodes, with the column's heading above it. */
function columnStripes(view: AlignmentView, boxes: ReadonlyMap<string, Box>, frame: { top: number; height: number }): Shape[] {
    return COLUMNS.flatMap((name, group) => {
        const members = view.graph.nodes.filter(node => node.group === group).map(node => boxes.get(node.id)!);
        if (members.length === 0) return [];
        const left = Math.min(...members.map(box => box.x)) - STRIPE_PAD;
        const width = Math.max(...members.map(right)) + STRIPE_PAD - left;
        const stripe: Box = { x: left, y: frame.top, width, height: frame.height };
        return [
            {
                kind: 'group',
                className: `band column${group % 2 === 0 ? ' alt' : ''}`,
                children: [
                    { kind: 'rect', box: stripe, className: 'box' },
                    { kind: 'text', at: { x: left + width / 2, y: frame.top - 10 }, text: name, font: COLUMN_HEAD, className: 'band-label', anchor: 'middle' }
                ]
            } satisfies Shape
        ];
    });
}

const LEGEND: LegendItem[] = [
    { sample: { kind: 'box', className: 'node change' }, text: 'change' },
    { sample: { kind: 'box', className: 'node gap' }, text: 'gap' },
    { sample: { kind: 'box', className: 'node need' }, text: 'need' },
    { sample: { kind: 'box', className: 'node service' }, text: 'service' },
    { sample: { kind: 'box', className: 'node assessment' }, text: 'assessment (TBE)' },
    { sample: { kind: 'box', className: 'node alignment' }, text: 'alignment (claimed and measured TBE)' },
    { sample: { kind: 'line', className: 'edge', arrow: true }, text: 'affects, gap on, assessed, responds to' },
    { sample: { kind: 'line', className: 'edge addresses', arrow: true }, text: 'addressed by' },
    { sample: { kind: 'line', className: 'edge aligns', arrow: true }, text: 'aligned (alignment)' },
    ...FLAG_ITEMS
];
