import { describe, expect, it } from 'vitest';
import { textWidth, truncate, wrap } from '../src/text-metrics.js';

const FONT = { size: 10 };

describe('text metrics', () => {
    it('measures with Helvetica advance widths, bold wider, and a full em for CJK', () => {
        expect(textWidth('iii', FONT)).toBeCloseTo(6.66);
        expect(textWidth('MMM', FONT)).toBeCloseTo(24.99);
        expect(textWidth('Needs', { size: 10, bold: true })).toBeGreaterThan(textWidth('Needs', FONT));
        expect(textWidth('日本', FONT)).toBe(20);
    });

    it('wraps at spaces and ends a cut text with an ellipsis', () => {
        expect(wrap('Estimate construction costs with real sophistication', 130, FONT, 3)).toEqual(['Estimate construction costs', 'with real sophistication']);
        const two = wrap('one two three four five six seven eight nine ten eleven twelve', 60, FONT, 2);
        expect(two).toHaveLength(2);
        expect(two[1]!.endsWith('…')).toBe(true);
        for (const line of two) expect(textWidth(line, FONT)).toBeLessThanOrEqual(60);
        expect(wrap('Supercalifragilisticexpialidocious', 50, FONT, 2)).toEqual([truncate('Supercalifragilisticexpialidocious', 50, FONT)]);
        expect(wrap('', 50, FONT, 2)).toEqual([]);
    });
});
