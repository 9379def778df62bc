import { describe, expect, it } from 'vitest';
import { renderView, serviceSubjects, type DiagramInput } from '../src/index.js';
import { example, ORGS, workspace } from './support.js';

/** Every diagram of a workspace: the three whole-workspace views, and both per-service views of each service. */
async function everyDiagram(input: DiagramInput): Promise<Array<[string, string]>> {
    const whole = (['stack', 'alignment', 'agility'] as const).map(async view => [view, await renderView(input, view)] as [string, string]);
    const perService = serviceSubjects(input).flatMap(element =>
        (['profile', 'gaps'] as const).map(async view => [`${view} ${element}`, await renderView(input, view, { element })] as [string, string])
    );
    return Promise.all([...whole, ...perService]);
}

describe('legible text', () => {
    it.each(['', ...ORGS])('is at least 11 px in every diagram of examples/%s', async org => {
        for (const [name, svg] of await everyDiagram(await example(org))) {
            const sizes = [...svg.matchAll(/font-size="([^"]*)"/g)].map(m => Number(m[1]));
            expect(sizes.length, name).toBeGreaterThan(5);
            expect(
                sizes.filter(size => !(size >= 11)),
                name
            ).toEqual([]);
        }
    });

    it("shows a change's kind and date in full in the alignment view, wrapping rather than cutting", async () => {
        const svg = await renderView(await example('org3-finance'), 'alignment');
        const change = svg.slice(svg.indexOf('data-element="org3.finance.NewLegislation"'));
        expect(change).toMatch(/>NewLegislation · legislative<\/text>\s*<text[^>]*>2010-04-01<\/text>/);
        expect(svg).not.toMatch(/\d{4}-\d*…<\/text>/);
    });
});

describe('the text alternative', () => {
    it('names each diagram by its title and describes it in words', async () => {
        const input = await example('org1-it-department');
        for (const [name, svg] of await everyDiagram(input)) {
            const root = /^<svg[^>]*>/.exec(svg)![0];
            const prefix = /aria-labelledby="([^"]*)-title"/.exec(root)?.[1];
            expect(root, name).toContain('role="img"');
            expect(root, name).toContain(`aria-describedby="${prefix}-desc"`);
            expect(svg, name).toMatch(new RegExp(`^<svg[^>]*>\\n  <title id="${prefix}-title">[^<]+</title>\\n  <desc id="${prefix}-desc">[^<]+</desc>`));
            expect(svg, name).toMatch(/<desc[^>]*>[^<]*Findings marked: /);
        }
    });

    it('says what the stack holds: the services per level and the findings by severity, with the elements they concern', async () => {
        const svg = await renderView(await example('org1-it-department'), 'stack');
        const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)![1]!.split('\n');
        expect(desc).toContain('Services at Business process execution (2): Order management (ERP sales module), Enterprise data warehouse.');
        expect(desc).toContain('Services at Service design: none.');
        expect(desc).toContain('Findings marked: 6 errors, 6 warnings, no info.');
        expect(desc).toContain(
            'need Quote and take orders at the customer&#39;s site: error: need-uncovered: Need &#39;org1.business.MobileSales&#39; is not covered by any service.'
        );
    });

    it('reads out the values the profile and the gap chart plot', async () => {
        const input = await example('org1-it-department');
        const profile = await renderView(input, 'profile', { element: 'org1.it.OrderManagement' });
        expect(profile).toMatch(/\nfunctionality: requires 75, expects 70, commits 55, experienced 58[^.]*\.\n/);
        const gaps = await renderView(input, 'gaps', { element: 'org1.it.OrderManagement' });
        expect(gaps).toMatch(/\nfunctionality: NS −20, ES −15, SX \+3, EX −12, NX −17, PG [^.]*\.\n/);
    });

    it('says when nothing is flagged', async () => {
        // Undated, so no agility rule has anything to say about it.
        const input = await workspace({ 'a.svc': 'need N "Take orders"\n' });
        const svg = await renderView(input, 'agility');
        expect(svg).toContain('No dated need or change.\nFindings marked: none.</desc>');
    });
});

describe('severity without colour', () => {
    it("puts the severity in words first in each finding's tooltip line", async () => {
        const svg = await renderView(await example('org1-it-department'), 'stack');
        const lines = [...svg.matchAll(/<title>([^<]*)<\/title>/g)].flatMap(m => m[1]!.split('\n')).filter(line => /^[a-z]+(-[a-z]+)+: /.test(line));
        expect(lines, 'a finding line without its severity').toEqual([]);
        expect(svg).toContain('\nerror: need-uncovered: ');
        expect(svg).toContain('\nwarning: service-purposeless: ');
    });

    it('draws each severity in its own shape: an octagon, a triangle, a square', async () => {
        const svg = await renderView(await example('org1-it-department'), 'stack');
        const body = (severity: string) => new RegExp(`<g class="glyph glyph-${severity}">\\s*<(path|rect)( d="([^"]*)")?`).exec(svg);
        expect(body('error')?.[3]?.match(/L/g)).toHaveLength(7);
        expect(body('warning')?.[3]?.match(/L/g)).toHaveLength(2);
        expect(body('info')?.[1]).toBe('rect');
    });
});
