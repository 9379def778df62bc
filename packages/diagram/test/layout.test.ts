import { describe, expect, it } from 'vitest';
import { Context } from '../src/context.js';
import { buildScene, serviceSubjects, VIEWS, type ViewName } from '../src/render.js';
import type { Scene } from '../src/scene.js';
import { checkScene, generated, geometry } from './scene-checks.js';
import { renderView } from '../src/render.js';
import { example, ORGS, workspace } from './support.js';

async function scenes(org: string): Promise<Array<[string, Scene]>> {
    const input = await example(org);
    const ctx = new Context(input);
    const whole = await Promise.all(
        (['stack', 'alignment', 'agility'] as ViewName[]).map(async view => [view, await buildScene(ctx, view)] as [string, Scene])
    );
    const perService = serviceSubjects(input).flatMap(service =>
        (['profile', 'gaps'] as ViewName[]).map(async view => [`${view} ${service}`, await buildScene(ctx, view, service)] as [string, Scene])
    );
    return [...whole, ...(await Promise.all(perService))];
}

describe('layout sanity', () => {
    it.each(['', ...ORGS])('no overlaps in any view of examples/%s', async org => {
        for (const [name, scene] of await scenes(org)) {
            // The checks below must have something to check.
            if (name === 'stack' || name === 'alignment') expect(geometry(scene).nodes.length).toBeGreaterThan(5);
            try {
                checkScene(scene);
            } catch (error) {
                throw new Error(`${name}: ${(error as Error).message}`, { cause: error });
            }
        }
    });

    it('keeps a larger generated workspace clear: 48 services, cycles, inverted support, 4 managers', async () => {
        const input = await workspace({ 'big.svc': generated(48) });
        const ctx = new Context(input);
        for (const view of ['stack', 'alignment', 'agility'] as ViewName[]) checkScene(await buildScene(ctx, view));
    });

    it('lays out an empty workspace, and a service with nothing to compare', async () => {
        const input = await workspace({ 'a.svc': 'service Lonely "Nobody needs me" at development\n' });
        const ctx = new Context(input);
        for (const view of VIEWS) checkScene(await buildScene(ctx, view, 'Lonely'));
    });
});

describe('agility rows', () => {
    /** Every text of the scene, top to bottom. */
    const texts = (scene: Scene): string[] => {
        const found: { text: string; y: number }[] = [];
        const walk = (shapes: readonly Scene['shapes'][number][]) => {
            for (const shape of shapes) {
                if (shape.kind === 'text') found.push({ text: shape.text, y: shape.at.y });
                if (shape.kind === 'group') walk(shape.children);
            }
        };
        walk(scene.shapes);
        return found.sort((a, b) => a.y - b.y).map(({ text }) => text);
    };

    it('are grouped by package, each package under its heading, earliest first within it', async () => {
        const input = await workspace({
            'a.svc': 'package zeta\nneed Late { raised 2010-01-01 }\nneed Early { raised 2009-01-01 }\n',
            'b.svc': 'package alpha\nneed Middle { raised 2009-06-01 }\n',
            'c.svc': 'need Root { raised 2010-06-01 }\n'
        });
        const shown = texts(await buildScene(new Context(input), 'agility')).filter(text => /^(package|root package)|^(Late|Early|Middle|Root)$/.test(text));
        expect(shown).toEqual(['root package', 'Root', 'package alpha', 'Middle', 'package zeta', 'Early', 'Late']);
    });

    it('get no heading when they are all of one package', async () => {
        const input = await workspace({ 'a.svc': 'package zeta\nneed Late { raised 2010-01-01 }\nneed Early { raised 2009-01-01 }\n' });
        expect(texts(await buildScene(new Context(input), 'agility')).filter(text => text.startsWith('package '))).toEqual([]);
    });
});

describe('the stack without manages edges', () => {
    it('keeps the management band and its boxes, and leaves out only the manages edges', async () => {
        const input = await example('org1-it-department');
        const all = await renderView(input, 'stack', { theme: 'light' });
        const bare = await renderView(input, 'stack', { theme: 'light', manages: false });
        const count = (svg: string, pattern: RegExp) => (svg.match(pattern) ?? []).length;
        expect(count(all, /class="edge manages/g)).toBeGreaterThan(0);
        expect(count(bare, /class="edge manages/g)).toBe(0);
        expect(count(bare, /class="node management/g)).toBe(count(all, /class="node management/g));
        expect(count(bare, /class="node management/g)).toBeGreaterThan(0);
    });
});
