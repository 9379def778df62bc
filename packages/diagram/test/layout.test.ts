import { describe, expect, it } from 'vitest';
import { Context } from '../src/context.js';
import { buildScene, serviceSubjects, VIEWS, type ViewName } from '../src/render.js';
import type { Scene } from '../src/scene.js';
import { checkScene, generated, geometry } from './scene-checks.js';
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
