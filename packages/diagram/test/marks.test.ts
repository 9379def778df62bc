import { describe, expect, it } from 'vitest';
import { renderView } from '../src/index.js';
import { example, workspace } from './support.js';

const STACK = `stakeholder Boss { perspective business }
need Take "Take orders"
service Portal "Customer portal" at business-process-execution
service Orders "Orders" at business-process-execution { addresses Take  supportedBy Directory }
spec OrdersSla for Orders { agreedBy Boss }
service Directory "Directory" at it-operations { supportedBy Mail }
service Mail "Mail" at it-operations { supportedBy Directory }
service Desk at service-management { manages Portal, Orders, Directory, Mail }
`;

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
        const svg = await renderView(await example('org1-it-department'), 'stack');
        const need = group(svg, 'org1.business.MarginReporting');
        expect(need.tag).toContain('class="node need flagged severity-error"');
        expect(need.body).toContain('class="glyph glyph-error"');
        expect(need.body).toContain('<title>need org1.business.MarginReporting\nWeekly margin by product line\n');
        expect(need.body).toContain('\nerror: need-uncovered: Need &#39;org1.business.MarginReporting&#39; is not covered by any service');
        expect(need.body).toContain('\nerror: need-stale: ');
    });

    it('marks an unsupported service as a warning, and leaves a sound one alone', async () => {
        // The examples have no unsupported service and no support cycle: these two are made here.
        const svg = await renderView(await workspace({ 'stack.svc': STACK }), 'stack');
        expect(group(svg, 'Portal').tag).toContain('flagged severity-warning');
        expect(group(svg, 'Portal').body).toContain('service-unsupported: ');
        expect(group(svg, 'Orders').tag).not.toContain('flagged');
    });

    it('marks a misaligned link: a support cycle, and need to service where the spec falls short', async () => {
        const cycle = await renderView(await workspace({ 'stack.svc': STACK }), 'stack');
        expect(cycle).toMatch(
            /<g class="edge supportedBy flagged severity-error" data-element="Directory" data-relation="supportedBy">\s*<title>[^<]*support-cycle: /
        );
        const svg = await renderView(await example('org1-it-department'), 'stack');
        expect(svg).toMatch(
            /<g class="edge addresses flagged severity-error" data-element="org1\.it\.OrderManagement" data-relation="addresses">\s*<title>[^<]*spec-below-need: /
        );
    });

    it('marks the flagged scores in the profile and the gap bars, with TBE on each assessment in the flow', async () => {
        const input = await example('org1-it-department');
        const profile = await renderView(input, 'profile', { element: 'org1.it.OrderManagement' });
        expect(profile).toMatch(
            /<g class="point flagged severity-error" data-element="org1\.business\.HealthCheck2010">\s*<title>experienced \(business\) 58[^<]*experience-below-need: /
        );
        const gaps = await renderView(input, 'gaps', { element: 'org1.it.OrderManagement' });
        expect(gaps).toMatch(
            /<g class="bar shortfall flagged severity-error" data-element="org1\.business\.HealthCheck2010">\s*<title>NX need → experience: experienced 58 − requires 75 = −17/
        );
        const flow = await renderView(input, 'alignment');
        expect(group(flow, 'org1.business.HealthCheck2010').body).toContain('HealthCheck2010 · TBE 20.65');
    });

    it('hatches an empty level and tells why in its tooltip', async () => {
        const svg = await renderView(await example('org1-it-department'), 'stack');
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
            const svg = await renderView(input, view);
            const shapes = [...svg.matchAll(/<g class="(node|edge|span|responder)[ "][^>]*>/g)].map(m => m[0]);
            expect(shapes.length, view).toBeGreaterThan(5);
            expect(
                shapes.filter(tag => !/ data-element="[A-Za-z_][\w.]*"/.test(tag)),
                view
            ).toEqual([]);
        }
    });
});
