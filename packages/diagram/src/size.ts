import { header, MARGIN } from './layout/common.js';
import type { Scene, Shape } from './scene.js';
import { textWidth, type Font } from './text-metrics.js';
import type { GraphNode } from './views/graph.js';

/**
 * How many boxes a view may have before `renderView` draws a notice instead (unless called
 * with `sizeLimit: false`). The language server draws the preview in-process, so a drawing
 * that takes minutes would stall diagnostics for minutes; each limit keeps one drawing within
 * a few seconds on a 2-core machine (measured with `node bench/bench.mjs run --suites stack-view`):
 * - stack: the grid layout (layout/grid.ts) is linear (2,400 boxes in 0.3 s, 6,000 in 0.8 s),
 *   so the limit is set by the SVG, about 1 KiB a box, that the server sends and the preview
 *   parses: 3,000 boxes make about 3 MiB;
 * - alignment: ELK's layered layout, roughly quadratic: 113 boxes took 1.5 s, 231 took 6.5 s.
 * The check itself costs what building the view costs (0.2–0.3 s at 5,000 services).
 */
export const SIZE_LIMITS = { stack: 3000, alignment: 150 } as const;

export type SizedView = keyof typeof SIZE_LIMITS;

export interface ViewSize {
    view: SizedView;
    /** Boxes the view would draw. */
    boxes: number;
    /** Of them, services: what the notice counts. */
    services: number;
    limit: number;
    tooLarge: boolean;
}

export function checkSize(view: SizedView, boxes: number, services: number): ViewSize {
    const limit = SIZE_LIMITS[view];
    return { view, boxes, services, limit, tooLarge: boxes > limit };
}

/** The notice for a view whose boxes are over its limit, or undefined when it may be drawn. */
export function overLimit(view: SizedView, title: string, nodes: readonly GraphNode[]): Scene | undefined {
    const size = checkSize(view, nodes.length, nodes.filter(node => node.kind === 'service' || node.kind === 'management').length);
    return size.tooLarge ? tooLargeScene(view, title, size) : undefined;
}

const NOTE: Font = { size: 13, bold: true };
const DETAIL: Font = { size: 11 };

/** The notice drawn instead of a view over its limit: the title, and what to do instead. */
export function tooLargeScene(view: SizedView, title: string, size: ViewSize): Scene {
    const head = header(title, `${count(size.services)} services · ${count(size.boxes)} boxes`);
    const note = `Too large to draw here (${count(size.services)} services); use svc render`;
    const detail = `The ${view} view is drawn here up to ${count(size.limit)} boxes; svc render writes it to an SVG file whatever its size.`;
    const top = head.height + 16;
    const shapes: Shape[] = [
        ...head.shapes,
        {
            kind: 'group',
            className: 'too-large',
            children: [
                { kind: 'text', at: { x: MARGIN, y: top + 14 }, text: note, font: NOTE, className: '' },
                { kind: 'text', at: { x: MARGIN, y: top + 34 }, text: detail, font: DETAIL, className: 'muted' }
            ]
        }
    ];
    const width = Math.ceil(Math.max(head.width, 2 * MARGIN + textWidth(note, NOTE), 2 * MARGIN + textWidth(detail, DETAIL)));
    return { view, title, description: [`${note}.`, detail], width, height: top + 34 + 8 + MARGIN, shapes };
}

/** 12,345: grouped by thousands, the same on every machine (no locale). */
function count(n: number): string {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
