// Pan and zoom as plain arithmetic on a translate-then-scale transform, so that the maths is
// unit-tested without a browser: a point p of the diagram shows at (x + p·scale, y + p·scale).

export interface ViewTransform {
    x: number;
    y: number;
    scale: number;
}

export interface Size {
    width: number;
    height: number;
}

export const MIN_SCALE = 0.05;
export const MAX_SCALE = 8;
/** Space kept around a fitted diagram, in screen pixels. */
const FIT_MARGIN = 16;
/** Fit never shrinks the diagram's smallest text below this many screen pixels: below it, nobody reads it. */
export const MIN_READABLE_PX = 8;

export function pan(t: ViewTransform, dx: number, dy: number): ViewTransform {
    return { x: t.x + dx, y: t.y + dy, scale: t.scale };
}

/** Zooms by `factor` around the screen point (px, py): the diagram point under it stays under it. */
export function zoomAt(t: ViewTransform, factor: number, px: number, py: number): ViewTransform {
    const scale = clamp(t.scale * factor, MIN_SCALE, MAX_SCALE);
    const applied = scale / t.scale;
    return { x: px - (px - t.x) * applied, y: py - (py - t.y) * applied, scale };
}

/**
 * The whole diagram, centred, as large as fits but never above natural size (small diagrams stay
 * crisp and readable). When that would draw its smallest text (`smallestText`, in diagram units)
 * below MIN_READABLE_PX, the diagram is fitted to the width instead, or drawn at the smallest
 * readable scale, from its top: the reader scrolls (the wheel pans) rather than squints.
 */
export function fit(content: Size, viewport: Size, smallestText = 0): ViewTransform {
    if (content.width <= 0 || content.height <= 0) return { x: 0, y: 0, scale: 1 };
    const room = { width: Math.max(1, viewport.width - 2 * FIT_MARGIN), height: Math.max(1, viewport.height - 2 * FIT_MARGIN) };
    const whole = clamp(Math.min(room.width / content.width, room.height / content.height, 1), MIN_SCALE, MAX_SCALE);
    const readable = smallestText > 0 ? MIN_READABLE_PX / smallestText : 0;
    if (whole >= readable) return centred(content, viewport, whole);
    const scale = clamp(Math.max(Math.min(room.width / content.width, 1), readable), MIN_SCALE, MAX_SCALE);
    const x = content.width * scale <= room.width ? (viewport.width - content.width * scale) / 2 : FIT_MARGIN;
    return { x, y: FIT_MARGIN, scale };
}

function centred(content: Size, viewport: Size, scale: number): ViewTransform {
    return { x: (viewport.width - content.width * scale) / 2, y: (viewport.height - content.height * scale) / 2, scale };
}

/** Natural size (100 %), keeping the diagram point at the viewport's centre where it is. */
export function actualSize(t: ViewTransform, viewport: Size): ViewTransform {
    return zoomAt(t, 1 / t.scale, viewport.width / 2, viewport.height / 2);
}

/** The wheel's zoom factor (with Ctrl or Cmd held): smooth for touchpads (small deltas), a fixed step per mouse notch. */
export function wheelFactor(deltaY: number): number {
    return Math.exp(-clamp(deltaY, -100, 100) * 0.002);
}

export function toCss(t: ViewTransform): string {
    return `translate(${t.x}px, ${t.y}px) scale(${t.scale})`;
}

function clamp(value: number, low: number, high: number): number {
    return Math.min(high, Math.max(low, value));
}

/** What the page keeps across VS Code hiding and re-creating it: which diagram, and where the user left it. */
export interface PageState {
    shown: string;
    transform: ViewTransform;
}

/** A saved state, checked as any input is (VS Code hands it back as plain data); undefined if it is not one. */
export function parsePageState(data: unknown): PageState | undefined {
    if (typeof data !== 'object' || data === null) return undefined;
    const { shown, transform } = data as Record<string, unknown>;
    if (typeof shown !== 'string' || typeof transform !== 'object' || transform === null) return undefined;
    const { x, y, scale } = transform as Record<string, unknown>;
    const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
    if (!finite(x) || !finite(y) || !finite(scale) || scale < MIN_SCALE || scale > MAX_SCALE) return undefined;
    return { shown, transform: { x, y, scale } };
}
