import { describe, expect, it } from 'vitest';
import { renderView } from '../src/index.js';
import { example } from './support.js';

describe('themes', () => {
    it('draws the same shapes in other colours for the dark theme', async () => {
        const input = await example('org2-bid-management');
        const [light, dark] = await Promise.all([renderView(input, 'stack', { theme: 'light' }), renderView(input, 'stack', { theme: 'dark' })]);
        expect(dark).not.toBe(light);
        const shapes = (svg: string) => svg.replace(/<style>[\s\S]*<\/style>/, '');
        expect(shapes(dark)).toBe(shapes(light));
        expect(light).toContain('.background{fill:#ffffff}');
        expect(dark).toContain('.background{fill:#1e1f22}');
        expect(light).not.toContain('prefers-color-scheme');
    });

    it('follows the reader by default: light, and dark behind prefers-color-scheme', async () => {
        const svg = await renderView(await example('org2-bid-management'), 'agility');
        expect(svg).toMatch(/\.background\{fill:#ffffff\}[\s\S]*@media \(prefers-color-scheme: dark\)\{[\s\S]*\.background\{fill:#1e1f22\}/);
        // Colours are resolved: renderers without CSS custom properties (librsvg, Inkscape) draw them too.
        expect(svg).not.toContain('var(');
    });
});
