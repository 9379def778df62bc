import type { Severity } from '@svc-lang/core';
import type { Font } from './text-metrics.js';

/**
 * A laid-out diagram as plain data: positioned shapes in drawing order. Every view ends here;
 * the SVG emitter only serialises it, and tests check geometry (overlaps) on it, not on text.
 */

export interface Point {
    x: number;
    y: number;
}

export interface Box {
    x: number;
    y: number;
    width: number;
    height: number;
}

export type Anchor = 'start' | 'middle' | 'end';

/** Attributes that tie a group back to the model: emitted as `data-<key>`. */
export interface GroupData {
    element?: string;
    relation?: string;
    level?: string;
}

export type Shape =
    | { kind: 'rect'; box: Box; className: string; rx?: number }
    /** A box filled with the diagonal hatch that marks an empty band. */
    | { kind: 'hatch'; box: Box }
    | { kind: 'path'; points: Point[]; className: string; closed?: boolean }
    | { kind: 'circle'; center: Point; r: number; className: string }
    | { kind: 'text'; at: Point; text: string; font: Font; className: string; anchor?: Anchor }
    /** A 12 × 12 warning, error or info sign centred on `at`: the mark that reads without colour. */
    | { kind: 'glyph'; at: Point; severity: Severity }
    | { kind: 'group'; className: string; data?: GroupData; tooltip?: string[]; children: Shape[] };

export interface Scene {
    /** The view's name, used as a class on the root element. */
    view: string;
    title: string;
    /** The text alternative: sentences that say what the drawing shows (describe.ts). */
    description: string[];
    width: number;
    height: number;
    shapes: Shape[];
}

export const GLYPH_SIZE = 12;

export function right(box: Box): number {
    return box.x + box.width;
}

export function bottom(box: Box): number {
    return box.y + box.height;
}
