import { beforeAll, describe, expect, it } from 'vitest';
import { Context } from '../src/context.js';
import {
    checkScope,
    describeScope,
    mermaidFlowchart,
    renderView,
    UnknownElementError,
    UnknownScopeError,
    type DiagramInput,
    type DiagramScope
} from '../src/index.js';
import { buildScene, type ViewName } from '../src/render.js';
import type { Shape } from '../src/scene.js';
import { workspace } from './support.js';

/**
 * Two packages and the root package. The links, so that each step of an element scope takes in
 * something new: Platform ← supportedBy – Front – supportedBy → … and Platform – supportedBy →
 * Hosting; Front addresses Orders, is managed by Desk, assessed by FrontReview and aligned by
 * FrontPlan; Orders is affected by Rival and has the gap SlowOrders; Reporting addresses Reports.
 */
const BIZ = `package acme.biz
need Orders "Take orders" { raised 2011-01-10 }
need Reports "Weekly reports" { raised 2011-02-01 }
change Rival "A rival enters the market" { kind market  date 2011-01-20  affects Orders }
gap SlowOrders on Orders "Orders take too long"
`;
const IT = `package acme.it
import acme.biz
stakeholder Cio { perspective it }
service Front "Order front end" at business-process-execution { owner Cio  addresses Orders  supportedBy Platform }
service Platform "Application platform" at it-operations { owner Cio  supportedBy Hosting }
service Hosting "Hosting" at it-operations
service Reporting "Reporting" at development { owner Cio  addresses Reports }
service Desk "Service desk" at service-management { manages Front }
assessment FrontReview of Front "Review of the front end" { date 2011-03-01 }
alignment FrontPlan "Front-end plan" { respondsTo Rival  aligns Orders with Front  responded 2011-04-01 }
`;
/** A second file of acme.it: a file scope and a package scope differ by it. */
const OPS = `package acme.it
service Backup "Backup" at it-operations
`;
const ROOT = `need Loose "A need in the root package" { raised 2011-05-01 }
`;

let input: DiagramInput;

beforeAll(async () => {
    input = await workspace({ 'biz.svc': BIZ, 'it.svc': IT, 'ops.svc': OPS, 'root.svc': ROOT });
});

interface Drawn {
    /** The elements drawn as boxes (stack, alignment) or bars (agility). */
    elements: string[];
    /** Each edge as its tooltip's first line: `acme.it.Front is supported by acme.it.Platform`. */
    edges: string[];
}

/** What the laid-out view draws, read from the scene. */
async function drawn(view: ViewName, scope: DiagramScope): Promise<Drawn> {
    const found: Drawn = { elements: [], edges: [] };
    const walk = (shapes: readonly Shape[]) => {
        for (const shape of shapes) {
            if (shape.kind !== 'group') continue;
            if (/^(node|span) /.test(shape.className) && shape.data?.element !== undefined) found.elements.push(shape.data.element);
            if (/^edge /.test(shape.className)) found.edges.push(shape.tooltip?.[0] ?? '');
            walk(shape.children);
        }
    };
    walk((await buildScene(new Context(input, scope), view)).shapes);
    return { elements: found.elements.sort(), edges: found.edges.sort() };
}

const element = (name: string, depth: number): DiagramScope => ({ kind: 'element', element: name, depth });

describe('the whole workspace', () => {
    it('is what a view draws without a scope, byte for byte', async () => {
        for (const view of ['stack', 'alignment', 'agility'] as const) {
            expect(await renderView(input, view, { scope: { kind: 'workspace' } }), view).toBe(await renderView(input, view));
        }
        expect((await drawn('stack', { kind: 'workspace' })).elements).toContain('Loose');
    });
});

describe('a package scope', () => {
    it('draws the declarations of the package, and the edges between them only', async () => {
        expect(await drawn('stack', { kind: 'packages', packages: ['acme.it'] })).toEqual({
            elements: ['acme.it.Backup', 'acme.it.Desk', 'acme.it.Front', 'acme.it.Hosting', 'acme.it.Platform', 'acme.it.Reporting'],
            edges: ['acme.it.Desk manages acme.it.Front', 'acme.it.Front is supported by acme.it.Platform', 'acme.it.Platform is supported by acme.it.Hosting']
        });
    });

    it('takes several packages, and the root package as the empty name', async () => {
        const { elements, edges } = await drawn('alignment', { kind: 'packages', packages: ['acme.biz', ''] });
        expect(elements).toEqual(['Loose', 'acme.biz.Orders', 'acme.biz.Reports', 'acme.biz.Rival', 'acme.biz.SlowOrders']);
        expect(edges).toEqual(['acme.biz.Rival affects acme.biz.Orders', 'acme.biz.SlowOrders is a gap on acme.biz.Orders']);
    });

    it('restricts the agility time line', async () => {
        expect((await drawn('agility', { kind: 'packages', packages: [''] })).elements).toEqual(['Loose']);
    });
});

describe('a file scope', () => {
    it('draws the declarations of that document, not those of its package in other files', async () => {
        const uri = input.model.documents.find(doc => doc.uri.endsWith('/it.svc'))!.uri;
        const { elements } = await drawn('stack', { kind: 'file', uri });
        expect(elements).toEqual(['acme.it.Desk', 'acme.it.Front', 'acme.it.Hosting', 'acme.it.Platform', 'acme.it.Reporting']);
    });
});

describe('an element scope', () => {
    it('draws the element alone at depth 0', async () => {
        expect(await drawn('stack', element('acme.it.Platform', 0))).toEqual({ elements: ['acme.it.Platform'], edges: [] });
    });

    it('adds what references link to it, either way, one step per depth', async () => {
        expect(await drawn('stack', element('acme.it.Platform', 1))).toEqual({
            elements: ['acme.it.Front', 'acme.it.Hosting', 'acme.it.Platform'],
            edges: ['acme.it.Front is supported by acme.it.Platform', 'acme.it.Platform is supported by acme.it.Hosting']
        });
        const two = await drawn('alignment', element('acme.it.Platform', 2));
        // Platform is in no flow, so the alignment view leaves it out whatever the scope; Rival is three steps away.
        expect(two.elements).toEqual(['acme.biz.Orders', 'acme.it.Front', 'acme.it.FrontPlan', 'acme.it.FrontReview']);
        expect((await drawn('stack', element('acme.it.Platform', 2))).elements).toContain('acme.it.Desk');
        expect((await drawn('alignment', element('acme.it.Platform', 3))).elements).toContain('acme.biz.Rival');
    });

    it('never steps through a stakeholder, which would take in everything it owns', async () => {
        // Front, Platform and Reporting share the owner Cio; Reporting is no neighbour of Platform.
        expect((await drawn('stack', element('acme.it.Platform', 2))).elements).not.toContain('acme.it.Reporting');
    });

    it('draws no edge to a node outside the scope', async () => {
        const { elements, edges } = await drawn('alignment', element('acme.biz.SlowOrders', 1));
        expect(elements).toEqual(['acme.biz.Orders', 'acme.biz.SlowOrders']);
        expect(edges).toEqual(['acme.biz.SlowOrders is a gap on acme.biz.Orders']);
    });

    it('finds the element by a simple name only one declaration has', async () => {
        expect((await drawn('agility', element('Rival', 1))).elements).toEqual(['acme.biz.Orders', 'acme.biz.Rival']);
    });
});

describe('the subtitle', () => {
    it('says what a scoped view shows before the workspace figures', async () => {
        const svg = await renderView(input, 'stack', { scope: { kind: 'packages', packages: ['acme.it'] } });
        expect(svg).toContain('>Showing package acme.it · workspace: 2 of 3 needs covered');
        const agility = await renderView(input, 'agility', { scope: element('acme.it.Front', 2) });
        expect(agility).toContain('>Showing acme.it.Front and its neighbours within 2 steps · workspace: Median ');
        expect(await renderView(input, 'stack')).not.toContain('Showing');
    });

    it('describes each kind of scope in a few words', () => {
        expect(describeScope({ kind: 'workspace' })).toBe('the whole workspace');
        expect(describeScope({ kind: 'packages', packages: ['acme.it'] })).toBe('package acme.it');
        expect(describeScope({ kind: 'packages', packages: ['acme.it', 'acme.bids', ''] })).toBe('packages acme.it, acme.bids, (root)');
        expect(describeScope({ kind: 'file', uri: 'file:///work/it%20plan.svc' })).toBe('file it plan.svc');
        expect(describeScope(element('acme.it.Hosting', 2))).toBe('acme.it.Hosting and its neighbours within 2 steps');
        expect(describeScope(element('acme.it.Hosting', 1))).toBe('acme.it.Hosting and its neighbours within 1 step');
        expect(describeScope(element('acme.it.Hosting', 0))).toBe('acme.it.Hosting alone');
    });
});

describe('the views a scope does not change', () => {
    it('leaves the per-service profile and gaps views as they are', async () => {
        for (const view of ['profile', 'gaps'] as const) {
            const scoped = await renderView(input, view, { element: 'acme.it.Front', scope: { kind: 'packages', packages: ['acme.biz'] } });
            expect(scoped, view).toBe(await renderView(input, view, { element: 'acme.it.Front' }));
            await expect(renderView(input, view, { element: 'acme.it.Front', scope: element('Nope', 1) }), view).resolves.toContain('acme.it.Front');
        }
    });
});

describe('Mermaid', () => {
    it('draws the same part of the workspace', () => {
        const chart = mermaidFlowchart(input, 'stack', { scope: element('acme.it.Platform', 1) });
        expect(chart).toContain('Application platform');
        expect(chart).toContain('Order front end');
        expect(chart).not.toContain('Reporting');
        expect(mermaidFlowchart(input, 'stack')).toContain('Reporting');
    });
});

describe('a scope that names nothing', () => {
    it('is an error that says what was not found', () => {
        const refused = (scope: DiagramScope) => () => checkScope(input, scope);
        expect(refused(element('Nope', 1))).toThrow(new UnknownElementError("no element named 'Nope'"));
        expect(refused(element('acme.it.Cio', 1))).toThrow(/^'acme\.it\.Cio' is a stakeholder: a diagram can centre on a need, gap, change, service/);
        expect(refused({ kind: 'packages', packages: ['acme.it', 'acme.nope'] })).toThrow(new UnknownScopeError("no .svc file declares package 'acme.nope'"));
        expect(refused({ kind: 'file', uri: 'file:///nowhere.svc' })).toThrow(UnknownScopeError);
        expect(refused(element('acme.it.Front', 0))).not.toThrow();
    });

    it('refuses a simple name two declarations share', async () => {
        const clash = await workspace({ 'a.svc': 'package a\nneed Twin\n', 'b.svc': 'package b\nneed Twin\n' });
        expect(() => checkScope(clash, element('Twin', 1))).toThrow("'Twin' names 2 elements: use a qualified name (a.Twin, b.Twin)");
        expect(() => checkScope(clash, element('a.Twin', 1))).not.toThrow();
    });

    it('makes renderView throw too', async () => {
        await expect(renderView(input, 'stack', { scope: { kind: 'packages', packages: ['acme.nope'] } })).rejects.toThrow(UnknownScopeError);
    });
});
