import { describe, expect, it } from 'vitest';
import { lazyFields } from '../src/analysis/indicators/numbers.js';

describe('lazyFields', () => {
    it('computes each field when first read, and only once', () => {
        const calls: string[] = [];
        const fields = lazyFields<{ cheap: number; dear: number[] }>({
            cheap: () => (calls.push('cheap'), 1),
            dear: () => (calls.push('dear'), [2, 3])
        });
        expect(calls).toEqual([]);
        expect(fields.cheap).toBe(1);
        expect(fields.cheap).toBe(1);
        expect(calls).toEqual(['cheap']);
        expect(fields.dear).toBe(fields.dear);
        expect(calls).toEqual(['cheap', 'dear']);
    });

    it('reads as plain data: enumerable keys, JSON, spreading, and writable like any field', () => {
        const fields = lazyFields<{ a: number; b: string }>({ a: () => 1, b: () => 'x' });
        expect(Object.keys(fields)).toEqual(['a', 'b']);
        expect(JSON.stringify(fields)).toBe('{"a":1,"b":"x"}');
        expect({ ...fields }).toEqual({ a: 1, b: 'x' });
        fields.a = 5;
        expect(fields.a).toBe(5);
    });
});
