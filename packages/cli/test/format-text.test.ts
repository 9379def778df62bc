import { describe, expect, it } from 'vitest';
import type { Indicators } from '@svc/core';
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

    it('keeps a message of several lines on its finding\'s line', () => {
        const syntax = finding('a.svc', 8, 13, 'error', 'syntax', 'Expecting one of:\n  1. [ID]\n  2. [risk]\nbut found: \'}\'');
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
        sem: [],
        tbe: [
            { assessment: 'acme.Q3Review', service: 'acme.Estimating', date: '2010-09-30', core: 72.5, management: 40, tbe: 29 },
            { assessment: 'acme.Q4', core: 80 }
        ],
        agility: {
            samples: [],
            overall: { count: 3, median: 74, p90: 120 },
            byLevel: { 'it-operations': { count: 1, median: 30, p90: 30 } }
        },
        alignmentEffect: [
            { alignment: 'acme.Realign2011', before: 51, after: 66, effect: 15 },
            { alignment: 'acme.Retreat', before: 60, after: 55, effect: -5 }
        ]
    } as Indicators;

    it('prints them after the summary, as aligned tables under headings', () => {
        const lines = formatText([], { files: 2, errors: 0, warnings: 0, infos: 0 }, context({ indicators }));
        expect(lines.split('\n')).toEqual([
            '✔ no problems in 2 files',
            '',
            'Indicators',
            '',
            '  Coverage',
            '    needs covered           3/4 (75%)',
            '    stack levels populated  4/6 (67%)      empty: service-design, development',
            '    commitments assessed    none declared',
            '    changes answered        1/1 (100%)',
            '    gaps answered           0/2 (0%)',
            '',
            '  Total business experience (TBE = C × M / 100)',
            '    acme.Q3Review of acme.Estimating (2010-09-30)  C 72.5  M 40  TBE 29',
            '    acme.Q4                                        C 80    M —   TBE —',
            '',
            '  Agility (days from need raised or change to response)',
            '    overall        median 74  p90 120  3 responses',
            '    it-operations  median 30  p90 30   1 response',
            '',
            '  Alignment effect (TBE after − before)',
            '    acme.Realign2011  51 → 66  +15',
            '    acme.Retreat      60 → 55  -5'
        ]);
    });

    it('says what is missing rather than printing empty tables', () => {
        const bare = { ...indicators, tbe: [], agility: { samples: [], overall: { count: 0 }, byLevel: {} }, alignmentEffect: [] } as Indicators;
        const text = formatText([], { files: 0, errors: 0, warnings: 0, infos: 0 }, context({ indicators: bare }));
        expect(text).toContain('    no assessments');
        expect(text).toContain('    no responses dated');
        expect(text).toContain('    no alignment records tbe before … after …');
    });
});
