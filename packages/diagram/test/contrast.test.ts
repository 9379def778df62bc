import { describe, expect, it } from 'vitest';
import { CONTRAST_PAIRS, DECORATION, PALETTES, type Palette } from '../src/theme.js';

/** WCAG 2.2 relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
    const channel = (offset: number) => {
        const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (light + 0.05) / (dark + 0.05);
}

const NEEDED = { text: 4.5, graphic: 3 };

function colour(palette: Palette, name: string): string {
    const value = palette[name];
    if (value === undefined || !/^#[0-9a-f]{6}$/.test(value)) throw new Error(`no colour ${name}`);
    return value;
}

describe('contrast', () => {
    it('checks every colour of both palettes, or knows it as decoration', () => {
        const checked = new Set([...CONTRAST_PAIRS.flatMap(pair => [pair.fg, pair.bg]), ...DECORATION]);
        for (const palette of Object.values(PALETTES)) expect(Object.keys(palette).filter(name => !checked.has(name))).toEqual([]);
    });

    it('computes WCAG ratios', () => {
        expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
        expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    });

    it.each(Object.keys(PALETTES) as Array<keyof typeof PALETTES>)('is enough for every text and mark on its fill in the %s theme', theme => {
        const palette = PALETTES[theme];
        const low = CONTRAST_PAIRS.map(pair => ({ ...pair, ratio: contrast(colour(palette, pair.fg), colour(palette, pair.bg)) }))
            .filter(pair => pair.ratio < NEEDED[pair.kind])
            .map(pair => `${pair.kind} ${pair.fg} on ${pair.bg}: ${pair.ratio.toFixed(2)}`);
        expect(low).toEqual([]);
    });
});
