import { describe, expect, it } from 'vitest';
import { renderView, serviceSubjects, VIEWS, type ViewName } from '../src/index.js';
import { example } from './support.js';

async function renderAll(order: readonly ViewName[]): Promise<Map<string, string>> {
    const input = await example('');
    const [service] = serviceSubjects(input);
    const out = new Map<string, string>();
    for (const view of order) out.set(view, await renderView(input, view, { element: service! }));
    return out;
}

describe('determinism', () => {
    it('gives byte-identical SVG for the same input, whatever was rendered before', async () => {
        const first = await renderAll(VIEWS);
        const second = await renderAll([...VIEWS].reverse());
        for (const view of VIEWS) expect(second.get(view), view).toBe(first.get(view));
    });

    it('writes numbers with at most two decimals', async () => {
        for (const svg of (await renderAll(VIEWS)).values()) {
            expect(svg).not.toMatch(/\d\.\d{3,}/);
            expect(svg).not.toMatch(/-0[ ",]/);
        }
    });
});
