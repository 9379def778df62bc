import { describe, expect, it } from 'vitest';
import { renderView, serviceSubjects, VIEWS } from '../src/index.js';
import { escapeXml, num } from '../src/svg/xml.js';
import { example, workspace } from './support.js';

const HOSTILE = String.raw`
need Evil "\"><img src=x onerror=alert(1)>" { raised 2010-01-01  requires { functionality 80 } }
service Bad "</script><img src=x onerror=alert(1)>" at development { addresses Evil }
spec Promise for Bad "& <b>bold</b> ' \\" { commits { functionality 20 } }
assessment Hack of Bad "<script>alert('x')</script>" { date 2010-02-01  score functionality 10 "</title><script>" }
change Shift "]]><!-- x --><svg onload=alert(1)>" { date 2010-01-01  affects Evil }
alignment Fix "<style>*{}</style>" { aligns Evil with Bad  responded 2010-03-01 }
`;

const ALLOWED_TAGS = new Set(['svg', 'title', 'desc', 'style', 'defs', 'pattern', 'line', 'rect', 'g', 'path', 'circle', 'text']);

/** Every tag is one of ours, every attribute is ours and quoted, and the tags nest properly. */
function checkStructure(svg: string): void {
    const open: string[] = [];
    for (const [tag, close, name, rest] of svg.matchAll(/<(\/?)([A-Za-z][\w:-]*)([^>]*)>/g)) {
        expect(ALLOWED_TAGS.has(name!), tag).toBe(true);
        const attributes = [...rest!.matchAll(/\s([\w:-]+)="[^"]*"/g)].map(m => m[1]!);
        expect(
            attributes.filter(a => /^on/i.test(a) || /href$/i.test(a)),
            tag
        ).toEqual([]);
        expect(rest!.replace(/\s[\w:-]+="[^"]*"/g, '').trim(), tag).toMatch(/^\/?$/);
        if (close) expect(open.pop(), tag).toBe(name);
        else if (!rest!.endsWith('/')) open.push(name!);
    }
    expect(open).toEqual([]);
}

describe('hostile names and titles', () => {
    it('come out as text in every view: no script, no event attribute, no external reference', async () => {
        const input = await workspace({ 'evil.svc': HOSTILE });
        for (const view of VIEWS) {
            const svg = await renderView(input, view, { element: 'Bad' });
            expect(svg, view).not.toMatch(/<script/i);
            expect(svg, view).not.toMatch(/<[^>]*\sonerror=/i);
            expect(svg, view).not.toMatch(/javascript:/i);
            expect(svg, view).not.toContain('<!--');
            expect(svg, view).not.toContain('<img');
            // The only reference is to the diagram's own hatch pattern, whose id no user text enters.
            const prefix = view === 'profile' || view === 'gaps' ? `svc-${view}-Bad` : `svc-${view}`;
            expect(
                [...svg.matchAll(/url\(([^)]*)\)/g)].every(m => m[1] === `#${prefix}-hatch`),
                view
            ).toBe(true);
            checkStructure(svg);
        }
        const stack = await renderView(input, 'stack');
        expect(stack).toContain('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    });
});

describe('ids', () => {
    it('differ between the diagrams of one workspace, so a page can inline them all', async () => {
        const input = await example('org1-it-department');
        const drawings = [
            ...(await Promise.all((['stack', 'alignment', 'agility'] as const).map(view => renderView(input, view)))),
            ...(await Promise.all(serviceSubjects(input).flatMap(element => (['profile', 'gaps'] as const).map(view => renderView(input, view, { element })))))
        ];
        const ids = drawings.flatMap(svg => [...svg.matchAll(/\sid="([^"]*)"/g)].map(m => m[1]));
        // Each has its title, its description and its hatch pattern.
        expect(ids.length).toBe(3 * drawings.length);
        expect(new Set(ids).size).toBe(ids.length);
    });
});

describe('the XML writer', () => {
    it('escapes markup characters and drops characters XML cannot carry', () => {
        expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
        expect(escapeXml('a\u0000b\u001Fc\uD800d')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
        expect(escapeXml('😀 naïve')).toBe('😀 naïve');
    });

    it('writes numbers with at most two decimals and never -0', () => {
        expect([num(1 / 3), num(2), num(-0.001), num(12.345), num(-7.5)]).toEqual(['0.33', '2', '0', '12.35', '-7.5']);
    });
});
