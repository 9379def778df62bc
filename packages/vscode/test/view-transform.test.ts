import { describe, expect, it } from 'vitest';
import { actualSize, fit, MAX_SCALE, MIN_READABLE_PX, MIN_SCALE, pan, parsePageState, toCss, wheelFactor, zoomAt } from '../src/webview/view-transform.js';

describe('pan and zoom', () => {
    it("pans by the pointer's travel", () => {
        expect(pan({ x: 10, y: 20, scale: 2 }, 5, -7)).toEqual({ x: 15, y: 13, scale: 2 });
    });

    it('keeps the diagram point under the pointer while zooming', () => {
        const before = { x: 30, y: -40, scale: 1.5 };
        const after = zoomAt(before, 2, 200, 100);
        const diagramPoint = (t: typeof before) => [(200 - t.x) / t.scale, (100 - t.y) / t.scale];
        expect(after.scale).toBe(3);
        expect(diagramPoint(after)[0]).toBeCloseTo(diagramPoint(before)[0]!);
        expect(diagramPoint(after)[1]).toBeCloseTo(diagramPoint(before)[1]!);
    });

    it('stops zooming at the limits, without drifting', () => {
        const atMax = { x: 3, y: 4, scale: MAX_SCALE };
        expect(zoomAt(atMax, 2, 50, 50)).toEqual(atMax);
        expect(zoomAt({ x: 0, y: 0, scale: MIN_SCALE }, 0.1, 10, 10).scale).toBe(MIN_SCALE);
    });

    it("zooms in for a wheel turned up and out for one turned down, by the same step, whatever the device's delta", () => {
        expect(wheelFactor(-100)).toBeGreaterThan(1);
        expect(wheelFactor(100)).toBeCloseTo(1 / wheelFactor(-100));
        expect(wheelFactor(10_000)).toBe(wheelFactor(100));
    });

    it('fits a large diagram into the viewport, centred, with a margin', () => {
        const t = fit({ width: 2000, height: 500 }, { width: 1032, height: 800 });
        expect(t.scale).toBeCloseTo(0.5);
        expect(t.x).toBeCloseTo(16);
        expect(t.y).toBeCloseTo((800 - 250) / 2);
    });

    it('fits a wide diagram to the width instead, from its top, when the whole would shrink its text below 8 px', () => {
        // 11 px text: the whole (scale 0.2) would make it 2.2 px; the width (scale 1000/2700 = 0.37) makes it 4.1 px:
        // still too small, so the smallest readable scale, 8/11, from the top left.
        const stack = fit({ width: 2700, height: 1100 }, { width: 1032, height: 400 }, 11);
        expect(stack).toEqual({ x: 16, y: 16, scale: MIN_READABLE_PX / 11 });
        // Fitting the width keeps the text readable: the width it is, centred across, from the top.
        const tall = fit({ width: 900, height: 6000 }, { width: 1032, height: 800 }, 11);
        expect(tall).toEqual({ x: (1032 - 900) / 2, y: 16, scale: 1 });
        // A diagram that fits whole with readable text is fitted whole, as without a text size.
        expect(fit({ width: 2000, height: 500 }, { width: 1032, height: 800 }, 20)).toEqual(fit({ width: 2000, height: 500 }, { width: 1032, height: 800 }));
    });

    it('shows natural size (100 %) around the centre of the viewport', () => {
        const zoomed = { x: -300, y: -100, scale: 2 };
        const actual = actualSize(zoomed, { width: 800, height: 600 });
        expect(actual.scale).toBe(1);
        const centreInDiagram = (t: typeof zoomed) => [(400 - t.x) / t.scale, (300 - t.y) / t.scale];
        expect(centreInDiagram(actual)).toEqual(centreInDiagram(zoomed));
    });

    it('shows a small diagram at its natural size, centred', () => {
        expect(fit({ width: 100, height: 50 }, { width: 500, height: 300 })).toEqual({ x: 200, y: 125, scale: 1 });
    });

    it('leaves an empty diagram alone', () => {
        expect(fit({ width: 0, height: 0 }, { width: 500, height: 300 })).toEqual({ x: 0, y: 0, scale: 1 });
    });

    it('writes the transform as CSS, translate first', () => {
        expect(toCss({ x: 1.5, y: -2, scale: 0.75 })).toBe('translate(1.5px, -2px) scale(0.75)');
    });
});

describe('the saved page state', () => {
    it('comes back as it was saved', () => {
        const state = { shown: 'stack ', transform: { x: 10, y: -4, scale: 1.5 } };
        expect(parsePageState(JSON.parse(JSON.stringify(state)))).toEqual(state);
    });

    it('is refused when it is not one the page saved', () => {
        for (const data of [
            undefined,
            null,
            'stack',
            {},
            { shown: 1, transform: { x: 0, y: 0, scale: 1 } },
            { shown: 'stack ' },
            { shown: 'stack ', transform: { x: 'a', y: 0, scale: 1 } },
            { shown: 'stack ', transform: { x: 0, y: 0, scale: 0 } },
            { shown: 'stack ', transform: { x: Infinity, y: 0, scale: 1 } },
            { shown: 'stack ', transform: { x: 0, y: 0, scale: 1e9 } }
        ]) {
            expect(parsePageState(data), JSON.stringify(data)).toBeUndefined();
        }
    });
});
