import { describe, expect, it } from 'vitest';
import { analyseWorkspace, type Indicators } from '../src/index.js';
import { alignment, assessment, change, gap, need, property, service, spec, workspace } from './builders.js';

/** A small workspace whose indicators are worked out by hand in the expectations below. */
function handModel() {
    return workspace(
        property('resilience', 'core'),
        need('N1', {
            raised: '2010-01-01',
            requires: { functionality: 80, performance: 70, understanding: 60 },
            expects: { functionality: 70, performance: 75 }
        }),
        need('N2', { raised: '2010-03-01', requires: { performance: 90 } }),
        need('N3'),
        change('C1', { date: '2010-01-15', affects: ['N1'] }),
        change('C2', { date: '2010-02-01', affects: ['N1'] }),
        gap('G1', { need: 'N1' }),
        service('Front', 'business-process-execution', { addresses: ['N1'] }),
        service('Back', 'development'),
        service('Ops', 'it-operations'),
        service('Mgmt', 'service-management'),
        spec('Sla', { service: 'Front', commits: { functionality: 75, performance: 85, support: 60 } }),
        spec('Sla2', { service: 'Front', commits: { performance: 80 } }),
        spec('Sla3', { service: 'Back', commits: { delivery: 50 } }),
        assessment('A1', { service: 'Front', date: '2010-06-30', scores: { functionality: 60, performance: 90, understanding: 40, relationship: 55 } }),
        assessment('A2', { service: 'Front', date: '2010-09-30', scores: { functionality: 70, resilience: 80, skills: 65 } }),
        assessment('A3', { service: 'Front', scores: { support: 50 } }),
        alignment('Al1', {
            respondsTo: ['C1'],
            aligns: [
                ['N2', ['Front', 'Back']],
                ['N1', ['Front']]
            ],
            responded: '2010-04-15',
            tbe: [51, 66]
        }),
        alignment('Al2', { aligns: [['N1', ['Ops']]], responded: '2010-02-10', tbe: [70, 65] }),
        alignment('Al3', { respondsTo: ['C1'] })
    );
}

const indicators = (): Indicators => analyseWorkspace(handModel(), { today: '2011-01-01' }).indicators;

describe('indicators', () => {
    it('computes coverage', () => {
        expect(indicators().coverage).toEqual({
            needs: { count: 2, total: 3, share: 0.6667 },
            levels: { populated: 3, total: 6, share: 0.5, empty: ['business-engineering', 'business-process-engineering', 'service-design'] },
            commitments: { count: 4, total: 5, share: 0.8 },
            changes: { count: 1, total: 2, share: 0.5 },
            gaps: { count: 0, total: 1, share: 0 }
        });
    });

    it('computes SEM gaps from the highest requires/expects/commits and the latest score per property', () => {
        expect(indicators().sem).toEqual([
            {
                service: 'Front',
                property: 'functionality',
                requires: 80,
                expects: 70,
                commits: 75,
                experienced: 70,
                assessment: 'A2',
                ns: -5,
                es: 5,
                sx: -5,
                ex: 0,
                nx: -10
            },
            {
                service: 'Front',
                property: 'performance',
                requires: 90,
                expects: 75,
                commits: 85,
                experienced: 90,
                assessment: 'A1',
                ns: -5,
                es: 10,
                sx: 5,
                ex: 15,
                nx: 0
            },
            { service: 'Front', property: 'support', commits: 60, experienced: 50, assessment: 'A3', sx: -10 },
            { service: 'Front', property: 'understanding', requires: 60, experienced: 40, assessment: 'A1', nx: -20 },
            { service: 'Front', property: 'relationship', experienced: 55, assessment: 'A1' },
            { service: 'Front', property: 'skills', experienced: 65, assessment: 'A2' },
            { service: 'Front', property: 'resilience', experienced: 80, assessment: 'A2' },
            // Back covers N2 and Ops covers N1 through the alignments' aligns.
            { service: 'Back', property: 'performance', requires: 90 },
            { service: 'Back', property: 'delivery', commits: 50 },
            { service: 'Ops', property: 'functionality', requires: 80, expects: 70 },
            { service: 'Ops', property: 'performance', requires: 70, expects: 75 },
            { service: 'Ops', property: 'understanding', requires: 60 }
        ]);
    });

    it('computes TBE per assessment, counting user properties by group and leaving out what cannot be computed', () => {
        // No assessors: every assessment is unattributed. The catalogue: ten built-ins and resilience.
        expect(indicators().tbe).toEqual([
            // C = (60 + 90) / 2 = 75, M = (40 + 55) / 2 = 47.5, TBE = 75 × 47.5 / 100 = 35.625.
            { assessment: 'A1', service: 'Front', date: '2010-06-30', view: 'unattributed', scored: 4, of: 11, core: 75, management: 47.5, tbe: 35.63 },
            // C = (70 + resilience 80) / 2 = 75, M = 65, TBE = 48.75.
            { assessment: 'A2', service: 'Front', date: '2010-09-30', view: 'unattributed', scored: 3, of: 11, core: 75, management: 65, tbe: 48.75 },
            { assessment: 'A3', service: 'Front', view: 'unattributed', scored: 1, of: 11, core: 50 }
        ]);
        // The latest assessment with a TBE; the services without assessments are not listed.
        expect(indicators().tbeByService).toEqual([{ service: 'Front', tbe: 48.75, assessment: 'A2' }]);
    });

    it('computes one agility sample per dated trigger, open ones at their age, overall and per level', () => {
        const { agility } = indicators();
        const sample = (subject: string, subjectKind: 'need' | 'change', from: string, to: string, days: number, alignment?: string) => ({
            subject,
            subjectKind,
            package: '',
            from,
            to,
            days,
            open: alignment === undefined,
            ...(alignment === undefined ? {} : { alignment }),
            // Every trigger here is N1, N2 or affects N1: Front (business-process-execution) is the highest level covering them.
            buckets: ['business-process-execution']
        });
        expect(agility.samples).toEqual([
            // N1's first response is Al2 (2010-02-10), not Al1 (2010-04-15).
            sample('N1', 'need', '2010-01-01', '2010-02-10', 40, 'Al2'),
            sample('N2', 'need', '2010-03-01', '2010-04-15', 45, 'Al1'),
            // Al3 responds to C1 without a responded date: Al1 is its first response.
            sample('C1', 'change', '2010-01-15', '2010-04-15', 90, 'Al1'),
            // Nothing answers C2: open at asOf (today), 334 days after 2010-02-01.
            sample('C2', 'change', '2010-02-01', '2011-01-01', 334)
        ]);
        // Sorted 40, 45, 90, 334: median (45 + 90) / 2 = 67.5; p90 rank ⌈3.6⌉ = 4 → 334.
        const stats = { count: 4, responded: 3, open: 1, median: 67.5, p90: 334 };
        expect(agility).toEqual({
            asOf: '2011-01-01',
            samples: agility.samples,
            overall: stats,
            byLevel: { 'business-process-execution': stats },
            byPackage: { '': stats },
            oldestOpen: { subject: 'C2', subjectKind: 'change', from: '2010-02-01', days: 334 }
        });
    });

    it('lists each claimed alignment effect; no assessment dated before a response measures one here', () => {
        expect(indicators().alignmentEffect).toEqual([
            { alignment: 'Al1', claimed: { before: 51, after: 66, effect: 15 } },
            { alignment: 'Al2', claimed: { before: 70, after: 65, effect: -5 } }
        ]);
    });

    it('leaves out what has no inputs in an empty workspace', () => {
        expect(analyseWorkspace(workspace(), { today: '2011-01-01' }).indicators).toEqual({
            coverage: {
                needs: { count: 0, total: 0 },
                levels: {
                    populated: 0,
                    total: 6,
                    share: 0,
                    empty: [
                        'business-engineering',
                        'business-process-engineering',
                        'business-process-execution',
                        'service-design',
                        'development',
                        'it-operations'
                    ]
                },
                commitments: { count: 0, total: 0 },
                changes: { count: 0, total: 0 },
                gaps: { count: 0, total: 0 }
            },
            sem: [],
            tbe: [],
            tbeByService: [],
            agility: { asOf: '2011-01-01', samples: [], overall: { count: 0, responded: 0, open: 0 }, byLevel: {}, byPackage: {} },
            alignmentEffect: []
        });
    });

    it('rounds gaps to two decimals without floating-point noise', () => {
        const model = workspace(
            need('N', { requires: { performance: 70.1 } }),
            service('S', 'development', { addresses: ['N'] }),
            spec('Sla', { service: 'S', commits: { performance: 60.3 } })
        );
        const [row] = analyseWorkspace(model, { today: '2011-01-01' }).indicators.sem;
        expect(row).toEqual({ service: 'S', property: 'performance', requires: 70.1, commits: 60.3, ns: -9.8 });
    });

    it('is plain JSON', () => {
        const value = indicators();
        expect(JSON.parse(JSON.stringify(value))).toEqual(value);
    });
});
