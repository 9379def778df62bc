import { describe, expect, it } from 'vitest';
import { renderView, type ViewName } from '../src/index.js';
import { example, ORGS } from './support.js';

/** One service per organisation for the per-service views: the one with the most to show. */
const SERVICES: Record<(typeof ORGS)[number], string> = {
    'org1-it-department': 'org1.it.OrderManagement',
    'org2-bid-management': 'org2.it.EstimatingPackage',
    'org3-finance': 'org3.systems.GeneralLedger'
};

// The snapshots are SVG files: open test/__snapshots__/*.svg to see what changed.
describe.each(ORGS)('the views of %s', org => {
    it.each<ViewName>(['stack', 'alignment', 'agility'])('%s', async view => {
        const svg = await renderView(await example(org), view);
        await expect(svg).toMatchFileSnapshot(`__snapshots__/${org}-${view}.svg`);
    });

    it.each<ViewName>(['profile', 'gaps'])(`%s of ${SERVICES[org]}`, async view => {
        const svg = await renderView(await example(org), view, { element: SERVICES[org] });
        await expect(svg).toMatchFileSnapshot(`__snapshots__/${org}-${view}.svg`);
    });
});
