import { describe, expect, it } from 'vitest';
import { VIEWS } from '@svc-lang/diagram';
import { parseFromPage, parseToPage, VIEW_LABELS } from '../src/preview/messages.js';

const DIAGRAM = {
    type: 'diagram',
    svg: '<svg/>',
    view: 'gaps',
    element: 'acme.Estimator',
    services: ['acme.Estimator'],
    valued: 1,
    notice: null,
    scope: 'package',
    depth: 1,
    manages: true
};

describe('messages from the preview page', () => {
    it('accepts each known command, rebuilt from its checked fields only', () => {
        expect(parseFromPage({ type: 'ready', extra: '<script>' })).toEqual({ type: 'ready' });
        expect(parseFromPage({ type: 'export' })).toEqual({ type: 'export' });
        expect(parseFromPage({ type: 'selectView', view: 'alignment' })).toEqual({ type: 'selectView', view: 'alignment' });
        expect(parseFromPage({ type: 'selectElement', element: 'acme.Estimator' })).toEqual({ type: 'selectElement', element: 'acme.Estimator' });
        expect(parseFromPage({ type: 'reveal', element: 'acme.Need' })).toEqual({ type: 'reveal', element: 'acme.Need' });
        expect(parseFromPage({ type: 'follow', on: false, also: 1 })).toEqual({ type: 'follow', on: false });
        expect(parseFromPage({ type: 'selectScope', scope: 'element', depth: 2 })).toEqual({ type: 'selectScope', scope: 'element', depth: 2 });
        expect(parseFromPage({ type: 'showManages', on: false })).toEqual({ type: 'showManages', on: false });
    });

    it('refuses unknown commands, wrong types and out-of-range values', () => {
        for (const data of [
            undefined,
            null,
            'ready',
            42,
            [],
            ['ready'],
            {},
            { type: 'runCommand', command: 'workbench.action.quit' },
            { type: 'selectView', view: 'pie' },
            { type: 'selectView', view: 'toString' },
            { type: 'selectView' },
            { type: 'reveal' },
            { type: 'reveal', element: '' },
            { type: 'reveal', element: 7 },
            { type: 'reveal', element: 'x'.repeat(1001) },
            { type: 'selectElement', element: { toString: 'acme.X' } },
            { type: 'follow' },
            { type: 'follow', on: 'yes' },
            { type: 'selectScope', scope: 'galaxy', depth: 1 },
            { type: 'selectScope', scope: 'toString', depth: 1 },
            { type: 'selectScope', scope: 'element', depth: 10 },
            { type: 'selectScope', scope: 'element', depth: 1.5 },
            { type: 'selectScope', scope: 'element' },
            { type: 'showManages', on: 0 },
            { type: 'READY' }
        ]) {
            expect(parseFromPage(data), JSON.stringify(data)).toBeUndefined();
        }
    });
});

describe('messages to the preview page', () => {
    it('accepts a diagram and a failure', () => {
        expect(parseToPage(DIAGRAM)).toEqual(DIAGRAM);
        expect(parseToPage({ ...DIAGRAM, element: null, notice: 'a.svc has syntax errors' })).toMatchObject({
            element: null,
            notice: 'a.svc has syntax errors'
        });
        expect(parseToPage({ type: 'failure', message: 'no service has values' })).toEqual({ type: 'failure', message: 'no service has values' });
    });

    it('accepts a highlight (of a name, or of nothing) and the follow state; refuses them malformed', () => {
        expect(parseToPage({ type: 'highlight', element: 'acme.Hosting', x: 1 })).toEqual({ type: 'highlight', element: 'acme.Hosting' });
        expect(parseToPage({ type: 'highlight', element: null })).toEqual({ type: 'highlight', element: null });
        expect(parseToPage({ type: 'following', on: true })).toEqual({ type: 'following', on: true });
        for (const data of [{ type: 'highlight' }, { type: 'highlight', element: '' }, { type: 'highlight', element: 3 }, { type: 'following', on: 1 }]) {
            expect(parseToPage(data), JSON.stringify(data)).toBeUndefined();
        }
    });

    it('refuses diagrams with a field missing or of the wrong type', () => {
        const broken = [
            { svg: 1 },
            { view: 'pie' },
            { element: undefined },
            { element: 3 },
            { services: 'acme.E' },
            { services: [1] },
            { services: [''] },
            { valued: 2 },
            { valued: -1 },
            { valued: 0.5 },
            { valued: undefined },
            { notice: undefined },
            { notice: 5 },
            { scope: 'galaxy' },
            { scope: undefined },
            { depth: -1 },
            { depth: '1' },
            { manages: 'yes' },
            { manages: undefined },
            { type: 'Diagram' }
        ];
        for (const change of broken) expect(parseToPage({ ...DIAGRAM, ...change }), JSON.stringify(change)).toBeUndefined();
        expect(parseToPage({ type: 'failure' })).toBeUndefined();
        expect(parseToPage({ type: 'eval', code: 'alert(1)' })).toBeUndefined();
    });

    it("does not share the sender's arrays", () => {
        const services = ['acme.A'];
        const parsed = parseToPage({ ...DIAGRAM, services });
        services.push('acme.B');
        expect(parsed).toMatchObject({ services: ['acme.A'] });
    });
});

describe('the view switcher', () => {
    it('offers every view of the renderer, in its order', () => {
        expect(Object.keys(VIEW_LABELS)).toEqual([...VIEWS]);
    });
});
