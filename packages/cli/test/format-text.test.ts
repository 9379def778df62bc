import { describe, expect, it } from 'vitest';
import type { Indicators } from '@svc-lang/core';
import { formatText } from '../src/format/text.js';
import { context, finding, FINDINGS, SUMMARY } from './findings.js';

describe('text format', () => {
    it('prints one sorted line per finding, a blank line and the summary', () => {
        expect(formatText(FINDINGS, SUMMARY, context()).split('\n')).toEqual([
            'a.svc:1:6 error N is declared twice. [duplicate-name]',
            'a.svc:1:6 error No service covers need N. [need-uncovered]',
            'a.svc:5:10 info Realign records no tbe before … after …. [alignment-unmeasured]',
            'specs/b.svc:3:1 warning No service-management service manages Hosting. [service-unmanaged]',
            '',
            '✖ 2 errors, 1 warning, 1 info in 3 files'
        ]);
    });

    it('says so when there is nothing to report', () => {
        expect(formatText([], { files: 1, errors: 0, warnings: 0, infos: 0 }, context())).toBe('✔ no problems in 1 file');
    });

    it('pluralises every count', () => {
        const infos = [finding('a.svc', 0, 0, 'info', 'alignment-unmeasured', 'm'), finding('a.svc', 1, 0, 'info', 'alignment-unmeasured', 'm')];
        const text = formatText(infos, { files: 2, errors: 0, warnings: 0, infos: 2 }, context());
        expect(text.split('\n').at(-1)).toBe('✖ 0 errors, 0 warnings, 2 infos in 2 files');
    });

    it("keeps a message of several lines on its finding's line", () => {
        const syntax = finding('a.svc', 8, 13, 'error', 'syntax', "Expecting one of:\n  1. [ID]\n  2. [risk]\nbut found: '}'");
        expect(formatText([syntax], SUMMARY, context()).split('\n')[0]).toBe("a.svc:9:14 error Expecting one of: 1. [ID] 2. [risk] but found: '}' [syntax]");
    });

    it('colours severities only when asked to', () => {
        const coloured = formatText(FINDINGS, SUMMARY, context({ colour: true }));
        expect(coloured).toContain('\u001b[31merror\u001b[39m');
        expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
        expect(formatText(FINDINGS, SUMMARY, context())).not.toContain('\u001b[');
    });
});

describe('text format with indicators', () => {
    const indicators = {
        coverage: {
            needs: { count: 3, total: 4, share: 0.75 },
            levels: { populated: 4, total: 6, share: 0.6667, empty: ['service-design', 'development'] },
            commitments: { count: 0, total: 0 },
            changes: { count: 1, total: 1, share: 1 },
            gaps: { count: 0, total: 2, share: 0 }
        },
        sem: [
            { service: 'acme.Estimating', property: 'functionality', commits: 75, experienced: 60, itView: 80, sx: -15, pg: 20 },
            { service: 'acme.Estimating', property: 'performance', experienced: 85, itView: 80, pg: -5 },
            { service: 'acme.Estimating', property: 'acme.resilience', experienced: 70 }
        ],
        tbe: [
            {
                assessment: 'acme.Q3Review',
                service: 'acme.Estimating',
                date: '2010-09-30',
                view: 'business',
                scored: 3,
                of: 11,
                core: 72.5,
                management: 40,
                tbe: 29
            },
            {
                assessment: 'acme.ItSelfScore',
                service: 'acme.Estimating',
                date: '2010-10-01',
                view: 'it',
                scored: 4,
                of: 11,
                core: 90,
                management: 80,
                tbe: 72
            },
            { assessment: 'acme.Q4', view: 'unattributed', scored: 1, of: 11, core: 80 }
        ],
        tbeByService: [
            { service: 'acme.Estimating', tbe: 29, assessment: 'acme.Q3Review', itTbe: 72, itAssessment: 'acme.ItSelfScore', pg: 43 },
            { service: 'acme.Hosting' }
        ],
        agility: {
            asOf: '2011-01-01',
            samples: [],
            overall: { count: 3, responded: 2, open: 1, median: 74, p90: 120 },
            byLevel: {
                'it-operations': { count: 1, responded: 1, open: 0, median: 30, p90: 30 },
                'service-management': { count: 1, responded: 1, open: 0, median: 1, p90: 1 },
                uncovered: { count: 1, responded: 0, open: 1, median: 120, p90: 120 }
            },
            byPackage: { '': { count: 1, responded: 0, open: 1, median: 120, p90: 120 }, acme: { count: 2, responded: 2, open: 0, median: 52, p90: 74 } },
            oldestOpen: { subject: 'Forgotten', subjectKind: 'need', from: '2010-09-03', days: 120 },
            planningMedian: 12,
            deliveryMedian: 40
        },
        alignmentEffect: [
            {
                alignment: 'acme.Realign2011',
                claimed: { before: 51, after: 66, effect: 15 },
                measured: { before: 50, after: 60, effect: 10, services: ['acme.Estimating'] }
            },
            { alignment: 'acme.Retreat', claimed: { before: 60, after: 55, effect: -5 } }
        ]
    } as Indicators;
    const titles = new Map([
        ['acme.Estimating', 'Construction estimating'],
        ['acme.Q3Review', 'Quarterly review'],
        ['Forgotten', 'A need nobody took up'],
        ['acme.Realign2011', 'Bring estimating in line']
    ]);

    it('prints them after the summary, as aligned tables under headings, titles beside qualified names', () => {
        const lines = formatText([], { files: 2, errors: 0, warnings: 0, infos: 0 }, context({ indicators, titles: name => titles.get(name) }));
        expect(lines.split('\n')).toEqual([
            '✔ no problems in 2 files',
            '',
            'Indicators',
            '',
            '  Coverage',
            '    needs covered           3/4 (75%)',
            '    stack levels populated  4/6 (67%)  empty: service-design, development',
            '    commitments assessed    none declared',
            '    changes answered        1/1 (100%)',
            '    gaps answered           0/2 (0%)',
            '',
            "  Total business experience per service (TBE: the business experience; IT TBE: IT's view; PG = IT TBE − TBE)",
            '    acme.Estimating  TBE 29 (3 of 11 properties)  IT TBE 72  PG +43  "Construction estimating"',
            '    acme.Hosting     TBE —                        IT TBE —   PG —',
            '    Each from the latest assessment of that view that has a TBE: business, joint or unattributed for TBE; IT or joint for IT TBE.',
            '',
            '  Total business experience per assessment (TBE = C × M / 100)',
            '    acme.Q3Review of acme.Estimating (2010-09-30)     business view  C 72.5  M 40  TBE 29 (3 of 11 properties)  "Quarterly review"',
            '    acme.ItSelfScore of acme.Estimating (2010-10-01)  IT view        C 90    M 80  TBE 72 (4 of 11 properties)',
            '    acme.Q4                                           no assessors   C 80    M —   TBE — (1 of 11 properties)',
            '    C is the mean of the scores on core properties, M the mean of those on management properties (0–100 each).',
            '',
            "  Perception gap (IT's view − business experience, in points; positive: IT rates the service above what the business experiences)",
            '    acme.Estimating  functionality  IT 80  business 60  PG +20',
            '    acme.Estimating  performance    IT 80  business 85  PG \u22125',
            '',
            '  Agility (days from a need raised or a change to its first response; an open one counts at its age on 2011-01-01)',
            '    overall                   median 74 days   p90 120 days  2 responded, 1 open',
            '    level it-operations       median 30 days   p90 30 days   1 responded, 0 open',
            '    level service-management  median 1 day     p90 1 day     1 responded, 0 open',
            '    level uncovered           median 120 days  p90 120 days  0 responded, 1 open',
            '    root package              median 120 days  p90 120 days  0 responded, 1 open',
            '    package acme              median 52 days   p90 74 days   2 responded, 0 open',
            '    oldest open               need Forgotten, since 2010-09-03: 120 days "A need nobody took up"',
            '    planning delay            median 12 days (trigger → decided)',
            '    delivery delay            median 40 days (decided → responded)',
            '',
            "  Alignment effect (TBE after − before: as the alignment claims it, and as the business's assessments measure it)",
            '    acme.Realign2011  claimed 51 → 66 (+15)  measured 50 → 60 (+10) over 1 service  "Bring estimating in line"',
            '    acme.Retreat      claimed 60 → 55 (\u22125)   measured —'
        ]);
    });

    it('shows a title as text, never as something for the terminal to act on', () => {
        const text = formatText([], SUMMARY, context({ indicators, titles: () => 'Red\u001b[31m\u202eevil' }));
        expect(text).toContain('"Red\\x1b[31m\\u202eevil"');
        expect(text).not.toMatch(/[\u001b\u202e]/);
    });

    it('says what is missing rather than printing empty tables', () => {
        const bare = {
            ...indicators,
            sem: [],
            tbe: [],
            tbeByService: [],
            agility: { asOf: '2011-01-01', samples: [], overall: { count: 0, responded: 0, open: 0 }, byLevel: {}, byPackage: {} },
            alignmentEffect: []
        } as Indicators;
        const text = formatText([], { files: 0, errors: 0, warnings: 0, infos: 0 }, context({ indicators: bare }));
        expect(text).toContain('    no assessments');
        expect(text).toContain('    no property has both an IT view and a business score');
        expect(text).toContain('    no dated needs or changes');
        expect(text).toContain('    no alignment claims or measures an effect');
        // A note explains a table: with no table there is nothing to explain.
        expect(text).not.toContain('C is the mean');
    });
});
