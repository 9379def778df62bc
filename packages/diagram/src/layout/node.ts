import type { GraphEdge, GraphNode } from '../views/graph.js';
import { GLYPH_SIZE, type Box, type Point, type Shape } from '../scene.js';
import { SMALL, textWidth, wrap, type Font } from '../text-metrics.js';

/**
 * A node is a box with its title (bold, up to three lines), its detail (the name and key facts,
 * up to two lines) and any notes under it; a flagged node also has its glyph before the title.
 * Its size follows from the text, measured, never guessed: text wraps rather than being cut,
 * so a change's date shows in full.
 */

const PAD = 8;
const TITLE: Font = { size: 12, bold: true };
const DETAIL = SMALL;
const TITLE_LINE = 15;
const NOTE_LINE = 14;
const MIN_WIDTH = 120;
const MAX_TEXT = 184;
const GLYPH_ROOM = GLYPH_SIZE + 5;

export interface NodeText {
    title: string[];
    detail: string[];
    notes: string[];
    width: number;
    height: number;
}

export function measureNode(node: GraphNode): NodeText {
    const indent = node.mark ? GLYPH_ROOM : 0;
    const title = wrap(node.title, MAX_TEXT - indent, TITLE, 3);
    // A fact separator left at the end of a line says nothing once the next fact starts a line of its own.
    const detail = wrap(node.detail, MAX_TEXT, DETAIL, 2).map(line => line.replace(/ ·$/, ''));
    const notes = (node.notes ?? []).flatMap(note => wrap(note, MAX_TEXT, DETAIL, 2));
    const textW = Math.max(...title.map(line => indent + textWidth(line, TITLE)), ...[...detail, ...notes].map(line => textWidth(line, DETAIL)));
    return {
        title,
        detail,
        notes,
        width: Math.ceil(Math.max(MIN_WIDTH, textW + 2 * PAD)),
        height: 2 * PAD + 28 + (title.length - 1) * TITLE_LINE + (Math.max(detail.length, 1) - 1 + notes.length) * NOTE_LINE
    };
}

function flaggedClass(mark: GraphNode['mark']): string {
    return mark ? ` flagged severity-${mark.severity}` : '';
}

export function drawNode(node: GraphNode, text: NodeText, box: Box): Shape {
    const indent = node.mark ? GLYPH_ROOM : 0;
    const first = box.y + PAD + 11;
    const detailY = first + (text.title.length - 1) * TITLE_LINE + 14;
    const children: Shape[] = [
        { kind: 'rect', box, className: 'box', rx: 4 },
        ...text.title.map((line, i): Shape => ({
            kind: 'text',
            at: { x: box.x + PAD + indent, y: first + i * TITLE_LINE },
            text: line,
            font: TITLE,
            className: ''
        })),
        ...text.detail.map((line, i): Shape => ({
            kind: 'text',
            at: { x: box.x + PAD, y: detailY + i * NOTE_LINE },
            text: line,
            font: DETAIL,
            className: 'muted'
        })),
        ...text.notes.map((line, i): Shape => ({
            kind: 'text',
            at: { x: box.x + PAD, y: detailY + (text.detail.length + i) * NOTE_LINE },
            text: line,
            font: DETAIL,
            className: ''
        }))
    ];
    if (node.mark) children.push({ kind: 'glyph', at: { x: box.x + PAD + GLYPH_SIZE / 2, y: first - 4 }, severity: node.mark.severity });
    return {
        kind: 'group',
        className: `node ${node.kind}${flaggedClass(node.mark)}`,
        data: { element: node.id },
        tooltip: [...node.tooltip, ...(node.mark?.lines ?? [])],
        children
    };
}

/** An edge: its route and an arrowhead at the end, in one group that leads to the declaring element. */
export function drawEdge(edge: GraphEdge, route: readonly Point[]): Shape {
    return {
        kind: 'group',
        className: `edge ${edge.relation}${flaggedClass(edge.mark)}`,
        data: { element: edge.element, relation: edge.relation },
        tooltip: [edge.tooltip, ...(edge.mark?.lines ?? [])],
        children: [{ kind: 'path', points: [...route], className: 'line' }, arrowHead(route)]
    };
}

function arrowHead(route: readonly Point[]): Shape {
    const tip = route[route.length - 1]!;
    const from = route[route.length - 2] ?? tip;
    const length = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
    const [dx, dy] = [(tip.x - from.x) / length, (tip.y - from.y) / length];
    const [size, half] = [8, 3.5];
    const base = { x: tip.x - dx * size, y: tip.y - dy * size };
    return {
        kind: 'path',
        closed: true,
        className: 'head',
        points: [tip, { x: base.x - dy * half, y: base.y + dx * half }, { x: base.x + dy * half, y: base.y - dx * half }]
    };
}
