import { beforeAll, describe, expect, it } from 'vitest';
import { Context } from '../src/context.js';
import { renderView, VIEWS, type DiagramInput } from '../src/index.js';
import { buildScene } from '../src/render.js';
import type { Scene, Shape } from '../src/scene.js';
import { checkScene } from './scene-checks.js';
import { workspace } from './support.js';

/**
 * The paper's measures (language revision 2) in the views: IT's view beside the business's
 * experience, open triggers and the two delays, and claimed against measured effect.
 */
const MODEL = `policy { asOf 2011-01-01 }
stakeholder Boss "Bid manager" { perspective business }
stakeholder Cio "Chief information officer" { perspective it }
need N "Estimate construction costs" { raised 2010-01-01  requires { functionality 80  understanding 60 } }
need Open "Price partnering bids" { raised 2010-06-01 }
change Market "Move to cost centres" { kind market  date 2010-02-01  affects N }
service S "Estimating package" at business-process-execution { addresses N, Open  supportedBy H }
service H "Hosting" at it-operations
service M at service-management { manages S, H }
spec Sla for S { agreedBy Boss, Cio  commits { functionality 75  understanding 50 } }
assessment Before of S { date 2010-02-01  assessors Boss  score functionality 40  score understanding 50 }
assessment After of S { date 2010-09-01  assessors Boss  score functionality 60  score understanding 50 }
assessment ItView of S { date 2010-09-02  assessors Cio  score functionality 90  score understanding 45 }
alignment A "Realign estimating" {
  aligns N with S
  respondsTo Market
  governance { accountable Boss, Cio }
  risk low
  resources { people 1 }
  decided 2010-03-01
  responded 2010-04-01
  tbe before 20 after 40
}
`;

let input: DiagramInput;

beforeAll(async () => {
    input = await workspace({ 'model.svc': MODEL });
});

/** Every group whose class list starts with `prefix` (a class and what follows), depth first. */
function groups(shapes: readonly Shape[], prefix: string): Array<Extract<Shape, { kind: 'group' }>> {
    return shapes.flatMap(shape => (shape.kind !== 'group' ? [] : [...(shape.className.startsWith(prefix) ? [shape] : []), ...groups(shape.children, prefix)]));
}

function texts(shapes: readonly Shape[]): string[] {
    return shapes.flatMap(shape => (shape.kind === 'text' ? [shape.text] : shape.kind === 'group' ? texts(shape.children) : []));
}

async function scene(view: (typeof VIEWS)[number], element?: string): Promise<Scene> {
    return buildScene(new Context(input), view, element);
}

describe("the paper's measures in the diagrams", () => {
    it('keeps every view clear of overlaps', async () => {
        for (const view of VIEWS) checkScene(await scene(view, 'S'));
    });

    it('adds a perception gap row to each property of the gap chart, where positive is the problem', async () => {
        const bars = await scene('gaps', 'S');
        const properties = groups(bars.shapes, 'property');
        // Six rows a property: NS, ES, SX, EX, NX and PG.
        expect(properties.map(group => texts(group.children).filter(text => /^[A-Z]{2} {2}/.test(text)).length)).toEqual([6, 6]);
        const [functionality, understanding] = properties.map(group => groups(group.children, 'bar perception'));
        // functionality: IT 90 − business 60, flagged by perception-gap; understanding: IT 45 − business 50.
        expect(functionality!.map(bar => bar.className)).toEqual(['bar perception overrated flagged severity-warning']);
        expect(functionality![0]!.data?.element).toBe('ItView');
        expect(functionality![0]!.tooltip?.[0]).toBe(
            "PG business → IT view: itView 90 − experienced 60 = +30 (positive: IT rates the service above the business's experience)"
        );
        expect(functionality![0]!.tooltip?.[1]).toMatch(/^warning: perception-gap: /);
        expect(understanding!.map(bar => bar.className)).toEqual(['bar perception underrated']);
        expect(texts(groups(bars.shapes, 'legend')[0]!.children)).toContain('PG above zero: IT rates it higher than the business experiences it (the problem)');
    });

    it("draws IT's view beside the business experience in the profile, with its own legend entry", async () => {
        const radar = await scene('profile', 'S');
        const it = groups(radar.shapes, 'series-group it-view')[0]!;
        const points = groups(it.children, 'point');
        expect(points.map(point => point.data?.element)).toEqual(['ItView', 'ItView']);
        expect(points[0]!.tooltip?.[0]).toBe('IT view 90 (assessment ItView, 2010-09-02); PG +30');
        const experienced = groups(groups(radar.shapes, 'series-group experienced')[0]!.children, 'point');
        expect(experienced[0]!.tooltip?.[0]).toBe('experienced (business) 60 (assessment After, 2010-09-01)');
        expect(texts(groups(radar.shapes, 'legend')[0]!.children)).toEqual(
            expect.arrayContaining(["experienced (the business's latest score)", "IT view (IT's latest score)"])
        );
    });

    it('runs an open trigger to asOf with an open end, and splits an answered one at decided into planning and delivery', async () => {
        const timeline = await scene('agility');
        const rows = groups(timeline.shapes, 'span');
        const open = rows.find(row => row.data?.element === 'Open')!;
        expect(open.className).toBe('span need open flagged severity-warning');
        expect(open.children.map(child => ('className' in child ? child.className : child.kind))).toEqual(
            expect.arrayContaining(['box', 'outline', 'open-end'])
        );
        expect(texts(open.children)).toContain('open · 214 days');
        const answered = rows.find(row => row.data?.element === 'N')!;
        expect(answered.children.filter(child => child.kind === 'rect').map(child => child.className)).toEqual(['box planning', 'box']);
        expect(texts(answered.children)).toContain('90 days: 59 planning, 31 delivery');
        expect(answered.tooltip).toContain('decided 2010-03-01: planning 59 days, delivery 31 days');
        const [planning, delivery] = answered.children.filter((child): child is Extract<Shape, { kind: 'rect' }> => child.kind === 'rect');
        // The segments meet at decided and are as long as their delays.
        expect(planning!.box.x + planning!.box.width).toBe(delivery!.box.x);
        expect(planning!.box.width / delivery!.box.width).toBeCloseTo(59 / 31, 5);
        // Open ones end at asOf: as far right as the response an answered one got on 2010-04-01, 275 days later.
        const openBar = open.children.find(child => child.kind === 'rect')!;
        const day = delivery!.box.width / 31;
        expect(openBar.kind === 'rect' && openBar.box.x + openBar.box.width).toBeCloseTo(delivery!.box.x + delivery!.box.width + 275 * day, 5);
        expect(texts(timeline.shapes)).toContain(
            'Median 90 days · 90th percentile 214 days · 2 responded, 1 open on 2011-01-01 · median planning 43.5, delivery 31 days'
        );
    });

    it('labels a time line of many years by the year, without crowding', async () => {
        const late = await workspace({ 'model.svc': MODEL.replace('asOf 2011-01-01', 'asOf 2026-12-06') });
        const timeline = await buildScene(new Context(late), 'agility');
        checkScene(timeline);
        expect(texts(timeline.shapes).filter(text => /^[A-Z][a-z]{2} \d{4}$/.test(text))).toEqual([
            'Jan 2010',
            'Jan 2012',
            'Jan 2014',
            'Jan 2016',
            'Jan 2018',
            'Jan 2020',
            'Jan 2022',
            'Jan 2024',
            'Jan 2026'
        ]);
    });

    it('shows the claimed and the measured effect on each alignment', async () => {
        const svg = await renderView(input, 'alignment');
        const node = svg.slice(svg.indexOf('<g class="node alignment'), svg.indexOf('</g>', svg.indexOf('<g class="node alignment')));
        expect(node).toContain('>A · responded 2010-04-01</text>');
        // Before: 40 × 50 / 100 = 20; after: 60 × 50 / 100 = 30.
        expect(node).toContain('>claimed TBE 20 → 40 (+20)</text>');
        expect(node).toContain('>measured TBE 20 → 30 (+10)</text>');
    });
});
