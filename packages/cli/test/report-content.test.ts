import { describe, expect, it } from 'vitest';
import type { Indicators, WorkspaceModel } from '@svc-lang/core';
import { reportContent, type ReportInput } from '../src/report/content.js';
import { reportHtml } from '../src/report/html.js';
import { reportMarkdown } from '../src/report/markdown.js';
import { perceptionGapSection } from '../src/report/perception.js';
import { CWD, FINDINGS } from './findings.js';

/** Hand-made indicators of two services: IT rates Orders well above what the business experiences. */
const INDICATORS = {
    coverage: {
        needs: { count: 2, total: 2, share: 1 },
        levels: { populated: 2, total: 6, share: 0.3333, empty: [] },
        commitments: { count: 1, total: 2, share: 0.5 },
        changes: { count: 0, total: 0 },
        gaps: { count: 0, total: 0 }
    },
    sem: [
        { service: 'acme.Orders', property: 'functionality', experienced: 58, itView: 78, pg: 20 },
        { service: 'acme.Orders', property: 'support', experienced: 60, itView: 84, pg: 24 },
        { service: 'acme.Orders', property: 'understanding', experienced: 30, itView: 72, pg: 42 },
        { service: 'acme.Orders', property: 'relationship', experienced: 35, itView: 76, pg: 41 },
        { service: 'acme.Hosting', property: 'infrastructure', experienced: 90, itView: 85, pg: -5 },
        { service: 'acme.Hosting', property: 'performance', experienced: 70 }
    ],
    tbe: [
        { assessment: 'acme.Health', service: 'acme.Orders', date: '2010-11-30', view: 'business', scored: 5, of: 10, core: 59, management: 35, tbe: 20.65 },
        { assessment: 'acme.ItReview', service: 'acme.Orders', date: '2010-10-05', view: 'it', scored: 5, of: 10, core: 86, management: 74, tbe: 63.64 }
    ],
    tbeByService: [{ service: 'acme.Orders', tbe: 20.65, assessment: 'acme.Health', itTbe: 63.64, itAssessment: 'acme.ItReview', pg: 42.99 }],
    agility: {
        asOf: '2011-01-31',
        samples: [],
        overall: { count: 3, responded: 1, open: 2, median: 120, p90: 322 },
        byLevel: {},
        byPackage: {},
        oldestOpen: { subject: 'acme.Late', subjectKind: 'need', from: '2010-03-15', days: 322 }
    },
    alignmentEffect: [
        {
            alignment: 'acme.Realign',
            claimed: { before: 20, after: 40, effect: 20 },
            measured: { before: 20.65, after: 30, effect: 9.35, services: ['acme.Orders'] }
        },
        { alignment: 'acme.Plan', claimed: { before: 50, after: 45, effect: -5 } }
    ]
} as Indicators;

const MODEL = {
    documents: [
        {
            uri: 'file:///ws/a.svc',
            declarations: [
                { kind: 'service', qualifiedName: 'acme.Orders', title: 'Order <management>' },
                { kind: 'assessment', qualifiedName: 'acme.Health', title: 'Health check' }
            ]
        }
    ]
} as unknown as WorkspaceModel;

function input(indicators: Indicators = INDICATORS): ReportInput {
    return {
        files: 1,
        sources: ['a.svc'],
        today: '2011-02-01',
        model: MODEL,
        findings: [],
        indicators,
        omitted: { error: 0, warning: 0, info: 0 },
        diagrams: [],
        cwd: CWD
    };
}

const label = (service: string) => (service === 'acme.Orders' ? 'Order management' : service);

describe('the perception gap, in plain words', () => {
    it('says what it is, names the largest gaps per property and on TBE, and why it matters', () => {
        const { heading, paragraphs } = perceptionGapSection(INDICATORS, label);
        expect(heading).toBe("The perception gap: IT's view against the business's experience");
        expect(paragraphs[0]).toMatch(
            /^IT's view of a service is not the business's experience of it\. .* A positive gap means IT rates the service higher than the business experiences it\.$/
        );
        expect(paragraphs[1]).toBe(
            'The largest gaps: Order management, understanding: IT 72, business 30 (+42); Order management, relationship: IT 76, business 35 (+41); ' +
                'Order management, support: IT 84, business 60 (+24). On the whole service (TBE): Order management: IT 63.64, business 20.65 (+42.99).'
        );
        expect(paragraphs[2]).toMatch(/^Why it matters: /);
    });

    it('says when no property was scored both ways, and when IT rates nothing above the business', () => {
        expect(perceptionGapSection({ ...INDICATORS, sem: [], tbeByService: [] }, label).paragraphs[1]).toMatch(
            /^No property of any service has both an IT score and a business score yet/
        );
        const modest = { ...INDICATORS, sem: INDICATORS.sem.slice(4), tbeByService: [] };
        expect(perceptionGapSection(modest, label).paragraphs[1]).toBe(
            'Of the one property scored by both, IT rates none above what the business experiences.'
        );
    });
});

describe('report content', () => {
    it('sums up the largest perception gap, the open triggers and the claimed against the measured effect', () => {
        const summary = Object.fromEntries(reportContent(input()).summary.map(item => [item.label, item.value]));
        expect(summary).toMatchObject({
            'Median days to respond': '120 (90% within 322) · 1 responded, 2 still open (counted at their age)',
            'Largest perception gap (IT − business)': '+42 on understanding of Order <management>',
            'Claimed alignment effect on TBE': '+15 over 2 alignments',
            'Measured alignment effect on TBE': '+9.35 over 1 alignment'
        });
    });

    it('shows TBE with the properties it rests on, per service and per assessment, with titles', () => {
        const sections = reportContent(input()).indicators;
        const rows = (heading: RegExp) => sections.find(section => heading.test(section.heading))!.rows;
        expect(rows(/^Total business experience per service/)).toEqual([
            ['acme.Orders', 'TBE 20.65 (5 of 10 properties)', 'IT TBE 63.64', 'PG +42.99', '"Order <management>"']
        ]);
        expect(rows(/^Total business experience per assessment/)[0]).toEqual([
            'acme.Health of acme.Orders (2010-11-30)',
            'business view',
            'C 59',
            'M 35',
            'TBE 20.65 (5 of 10 properties)',
            '"Health check"'
        ]);
        expect(rows(/^Perception gap/)).toHaveLength(5);
        expect(rows(/^Alignment effect/)).toEqual([
            ['acme.Realign', 'claimed 20 → 40 (+20)', 'measured 20.65 → 30 (+9.35) over 1 service', ''],
            ['acme.Plan', 'claimed 50 → 45 (\u22125)', 'measured —', '']
        ]);
    });

    it('puts the perception gap first under the indicators, escaped, in HTML and in Markdown', () => {
        const content = reportContent(input());
        const html = reportHtml(content, 'light');
        const indicators = html.indexOf('<h2 id="r-indicators">Indicators</h2>');
        expect(html.indexOf('<h3>The perception gap: IT&#39;s view against the business&#39;s experience</h3><p>IT&#39;s view of a service')).toBe(
            indicators + '<h2 id="r-indicators">Indicators</h2>\n'.length
        );
        expect(html).toContain('The largest gaps: Order &lt;management&gt;, understanding: IT 72, business 30 (+42)');
        // The oldest open trigger's one long cell spans the figures' columns rather than widening one of them.
        expect(html).toContain('<tr><th scope="row">oldest open</th><td colspan="3">need acme.Late, since 2010-03-15: 322 days</td></tr>');
        const md = reportMarkdown(content, 'r-diagrams');
        expect(md).toContain("## Indicators\n\n### The perception gap: IT's view against the business's experience\n\nIT's view of a service");
        expect(md).toContain('The largest gaps: Order &lt;management&gt;, understanding: IT 72, business 30 (+42)');
    });
});

describe('the HTML report for readers who do not see the diagrams', () => {
    const svg = (element: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" role="img"><g data-element="${element}"></g></svg>\n`;
    const diagram = (file: string, heading: string, elements: string[]) => ({
        file,
        heading,
        caption: `What ${heading} shows.`,
        svg: svg(elements[0]!),
        elements
    });
    const html = reportHtml(
        reportContent({
            ...input(),
            findings: FINDINGS,
            diagrams: [diagram('stack.svg', 'Service stack', ['N', 'acme.Hosting']), diagram('agility.svg', 'Agility', ['acme.Late'])]
        }),
        'light'
    );

    it('puts a skip link and the contents first, then findings and indicators, then the diagrams', () => {
        const at = (text: string) => html.indexOf(text);
        expect(at('<body>\n<a class="r-skip" href="#r-main">Skip to the report</a>')).toBeGreaterThan(0);
        const sections = ['r-summary', 'r-findings', 'r-indicators', 'r-diagrams'];
        for (const id of [...sections, 'r-d1', 'r-d2']) expect(html, id).toContain(`<a href="#${id}">`);
        const order = sections.map(id => at(`<h2 id="${id}">`));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        expect(at('<nav class="r-toc"')).toBeLessThan(at('<main id="r-main">'));
        expect(at('<figure')).toBeGreaterThan(at('<h2 id="r-diagrams">'));
    });

    it('names each diagram by its heading, describes it by its caption and lists the findings on what it draws, linked', () => {
        expect(html).toContain('<h3 id="r-d1-h">Service stack</h3><p id="r-d1-c">What Service stack shows.</p>');
        expect(html).toContain('<svg aria-labelledby="r-d1-h" aria-describedby="r-d1-c r-d1-f" xmlns=');
        // The summary an SVG gives of itself comes first; its own references are replaced, not repeated.
        const own = reportHtml(
            reportContent({
                ...input(),
                diagrams: [{ ...diagram('a.svg', 'A', ['N']), svg: '<svg role="img" aria-labelledby="t" aria-describedby="d"><desc id="d">x</desc></svg>' }]
            }),
            'light'
        );
        expect(own).toContain('<svg aria-labelledby="r-d1-h" aria-describedby="d r-d1-c r-d1-f" role="img"><desc id="d">');
        const about = html.slice(html.indexOf('id="r-d1-f"'), html.indexOf('</figure>'));
        // Errors first, as in the findings tables: the two on N, then the warning on acme.Hosting; not the note on Realign.
        expect([...about.matchAll(/<a href="#(r-f\d+)">([^<]*)<\/a>/g)].map(m => [m[1], m[2]])).toEqual([
            ['r-f1', 'Error: N is declared twice.'],
            ['r-f2', 'Error: No service covers need N.'],
            ['r-f3', 'Warning: No service-management service manages Hosting.']
        ]);
        expect(html).toMatch(/<tr id="r-f3"><td class="r-where">specs\/b\.svc:3<\/td>/);
        expect(html).toContain('<p class="r-about" id="r-d2-f">No finding concerns what this diagram shows.</p>');
        expect(html).toContain('<a class="r-full" href="#r-d2">Show Agility at full size</a><a class="r-fit" href="#r-d2-h">Fit Agility to the page</a>');
    });

    it('gives every table header cells with a scope', () => {
        const tables = [...html.matchAll(/<table[^>]*>(.*?)<\/table>/g)].map(m => m[1]!);
        expect(tables.length).toBeGreaterThan(5);
        for (const table of tables) {
            expect(table).toMatch(/<th scope="(row|col)"/);
            expect(table).not.toMatch(/<th(?! scope="(row|col)")/);
        }
    });

    it('scales diagrams to the column, shows one full size as the target, and prints one per page', () => {
        expect(html).toContain('figure svg{display:block;max-width:100%;height:auto');
        expect(html).toContain('.r-figure:target svg{max-width:none}');
        expect(html).toMatch(
            /@media print\{[^]*\.r-figure\{break-inside:avoid;[^]*\.r-figure svg,\.r-figure:target svg\{width:auto;max-width:100%;height:auto;max-height:150mm\}/
        );
    });
});
