import { describe, expect, it } from 'vitest';
import { mermaidFlowchart } from '../src/index.js';
import { label, mermaidText } from '../src/mermaid/text.js';
import { example } from './support.js';

describe('Mermaid labels', () => {
    it('code every character that could end a label, start markup or forge an entity', () => {
        expect(mermaidText('a "b" <c> & `d` #quot;')).toBe('a #34;b#34; #60;c#62; #38; #96;d#96; #35;quot;');
    });

    it('turn line breaks into spaces, so no text starts a statement of its own', () => {
        expect(mermaidText('x\nclick n0 "javascript:alert(1)"\r\n%% y\u2028z')).toBe('x click n0 #34;javascript:alert(1)#34; #37;#37; y z');
    });

    it('code % so that no title makes a directive or a comment', () => {
        expect(mermaidText("%%{init: {'themeCSS': '.error{display:none}'}}%%")).toBe("#37;#37;{init: {'themeCSS': '.error{display:none}'}}#37;#37;");
    });

    it('quote the lines and join them with the only markup svc writes', () => {
        expect(label(['<b>', 'two'])).toBe('"#60;b#62;<br/>two"');
    });
});

describe('Mermaid flowcharts', () => {
    it('name nodes n0, n1, … and never after the model, whose names could be keywords', async () => {
        const chart = mermaidFlowchart(await example('org2-bid-management'), 'alignment');
        const ids = [...chart.matchAll(/^ {8}(\w+)[[({>]/gm)].map(m => m[1]);
        expect(ids.length).toBeGreaterThan(5);
        expect(ids).toEqual(ids.map((_, i) => `n${i}`));
    });
});
