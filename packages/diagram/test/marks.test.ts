import { describe, expect, it } from 'vitest';
import { renderView } from '../src/index.js';
import { example, TODAY } from './support.js';

/** The `<g …>` start tag of the group for an element, and the group's text up to its end. */
function group(svg: string, element: string, kind = 'node'): { tag: string; body: string } {
    const start = svg.indexOf(`<g class="${kind}`, svg.indexOf(`data-element="${element}"`) - 200);
    const match = new RegExp(`<g class="${kind}[^"]*" data-element="${element.replace(/\./g, '\\.')}"[^>]*>`).exec(svg.slice(start));
    if (!match) throw new Error(`no ${kind} group for ${element}`);
    const from = start + match.index;
    return { tag: match[0], body: svg.slice(from, svg.indexOf('</g>', from)) };
}

describe('marking what rules flag', () => {
    it('marks an uncovered need with its severity class, a glyph and its rules in the tooltip', async () => {
        const svg = await renderView(await example('org1-it-department'), 'stack', { today: TODAY });
        const need = group(svg, 'org1.business.MarginReporting');
        expect(need.tag).toContain('class="node need flagged severity-error"');
        expect(need.body).toContain('class="glyph glyph-error"');
        expect(need.body).toContain('<title>need org1.business.MarginReporting\nWeekly margin by product line\n');
        expect(need.body).toContain("\nneed-uncovered: Need &#39;org1.business.MarginReporting&#39; is not covered by any service");
        expect(need.body).toContain('\nneed-stale: ');
    });

    it('marks an unsupported service as a warning, and leaves a sound one alone', async () => {
        const svg = await renderView(await example('org1-it-department'), 'stack', { today: TODAY });
        expect(group(svg, 'org1.it.ItStrategy').tag).toContain('flagged severity-warning');
        expect(group(svg, 'org1.it.ItStrategy').body).toContain('service-unsupported: ');
        expect(group(svg, 'org1.it.ErpPlatform').tag).not.toContain('flagged');
    });

    it('marks a misaligned link: a support cycle, and need to service where the spec falls short', async () => {
        const svg = await renderView(await example('org1-it-department'), 'stack', { today: TODAY });
        expect(svg).toMatch(/<g class="edge supportedBy flagged severity-error" data-element="org1\.it\.Directory" data-relation="supportedBy">\s*<title>[^<]*support-cycle: /);
        expect(svg).toMatch(/<g class="edge addresses flagged severity-error" data-element="org1\.it\.OrderManagement" data-relation="addresses">\s*<title>[^<]*spec-below-need: /);
    });

    it('marks the flagged scores in the profile and the gap bars, with TBE on each assessment in the flow', async () => {
        const input = await example('org3-finance');
        const profile = await renderView(input, 'profile', { today: TODAY, element: 'org3.systems.GeneralLedger' });
        expect(profile).toMatch(/<g class="point flagged severity-error" data-element="org3\.finance\.CloseReview2011">\s*<title>experienced 45[^<]*experience-below-need: /);
        const gaps = await renderView(input, 'gaps', { today: TODAY, element: 'org3.systems.GeneralLedger' });
        expect(gaps).toMatch(/<g class="bar shortfall flagged severity-error" data-element="org3\.finance\.CloseReview2011">\s*<title>NX need → experience: experienced 45 − requires 70 = −25/);
        const flow = await renderView(input, 'alignment', { today: TODAY });
        expect(group(flow, 'org3.finance.CloseReview2011').body).toContain('CloseReview2011 · TBE 36.85');
    });

    it('hatches an empty level and tells why in its tooltip', async () => {
        const svg = await renderView(await example('org1-it-department'), 'stack', { today: TODAY });
        const band = /<g class="band[^"]* empty" data-level="service-design">([\s\S]*?)<\/g>/.exec(svg);
        expect(band?.[1]).toContain('<title>No service is at the service-design level</title>');
        expect(band?.[1]).toContain('class="hatched"');
        expect(band?.[1]).toContain('fill="url(#svc-stack-hatch)"');
        expect(svg).toContain('<pattern id="svc-stack-hatch"');
        expect(svg).not.toMatch(/<g class="band[^"]* empty" data-level="it-operations"/);
    });

    it('gives every element shape the qualified name it stands for', async () => {
        const input = await example('');
        for (const view of ['stack', 'alignment', 'agility'] as const) {
            const svg = await renderView(input, view, { today: TODAY });
            const shapes = [...svg.matchAll(/<g class="(node|edge|span|responder)[ "][^>]*>/g)].map(m => m[0]);
            expect(shapes.length, view).toBeGreaterThan(5);
            expect(shapes.filter(tag => !/ data-element="[A-Za-z_][\w.]*"/.test(tag)), view).toEqual([]);
        }
    });
});
