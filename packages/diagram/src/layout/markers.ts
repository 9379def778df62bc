import type { Point, Shape } from '../scene.js';
import type { Series } from '../views/profile.js';

/** Each series has its own marker shape, so the radar reads without colour. */
export function seriesMarker(series: Series, at: Point): Shape {
    const r = 4.5;
    const { x, y } = at;
    switch (series) {
        case 'requires':
            return {
                kind: 'path',
                closed: true,
                className: 'dot',
                points: [
                    { x: x - r, y: y - r },
                    { x: x + r, y: y - r },
                    { x: x + r, y: y + r },
                    { x: x - r, y: y + r }
                ]
            };
        case 'expects':
            return {
                kind: 'path',
                closed: true,
                className: 'dot',
                points: [
                    { x, y: y - r - 1 },
                    { x: x + r + 1, y },
                    { x, y: y + r + 1 },
                    { x: x - r - 1, y }
                ]
            };
        case 'commits':
            return { kind: 'circle', center: at, r, className: 'dot' };
        case 'experienced':
            return {
                kind: 'path',
                closed: true,
                className: 'dot',
                points: [
                    { x, y: y - r - 1 },
                    { x: x + r + 1, y: y + r },
                    { x: x - r - 1, y: y + r }
                ]
            };
        // IT's view points the other way from the business experience: the two read apart without colour.
        case 'it-view':
            return {
                kind: 'path',
                closed: true,
                className: 'dot',
                points: [
                    { x, y: y + r + 1 },
                    { x: x + r + 1, y: y - r },
                    { x: x - r - 1, y: y - r }
                ]
            };
    }
}
