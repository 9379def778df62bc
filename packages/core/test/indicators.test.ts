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
        alignment('Al1', { respondsTo: ['C1'], aligns: [['N2', ['Front', 'Back']], ['N1', ['Front']]], responded: '2010-04-15', tbe: [51, 66] }),
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
            { service: 'Front', property: 'functionality', requires: 80, expects: 70, commits: 75, experienced: 70, assessment: 'A2', ns: -5, es: 5, sx: -5, ex: 0, nx: -10 },
            { service: 'Front', property: 'performance', requires: 90, expects: 75, commits: 85, experienced: 90, assessment: 'A1', ns: -5, es: 10, sx: 5, ex: 15, nx: 0 },
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
        expect(indicators().tbe).toEqual([
            // C = (60 + 90) / 2 = 75, M = (40 + 55) / 2 = 47.5, TBE = 75 × 47.5 / 100 = 35.625.
            { assessment: 'A1', service: 'Front', date: '2010-06-30', core: 75, management: 47.5, tbe: 35.63 },
            // C = (70 + resilience 80) / 2 = 75, M = 65, TBE = 48.75.
            { assessment: 'A2', service: 'Front', date: '2010-09-30', core: 75, management: 65, tbe: 48.75 },
            { assessment: 'A3', service: 'Front', core: 50 }
        ]);
    });

    it('computes agility samples, the median and the nearest-rank 90th percentile, overall and per level', () => {
        const { agility } = indicators();
        expect(agility.samples).toEqual([
            { alignment: 'Al1', subject: 'N2', subjectKind: 'need', from: '2010-03-01', to: '2010-04-15', days: 45, levels: ['business-process-execution', 'development'] },
            { alignment: 'Al1', subject: 'N1', subjectKind: 'need', from: '2010-01-01', to: '2010-04-15', days: 104, levels: ['business-process-execution'] },
            { alignment: 'Al1', subject: 'C1', subjectKind: 'change', from: '2010-01-15', to: '2010-04-15', days: 90, levels: ['business-process-execution', 'development'] },
            { alignment: 'Al2', subject: 'N1', subjectKind: 'need', from: '2010-01-01', to: '2010-02-10', days: 40, levels: ['it-operations'] }
        ]);
        // Sorted 40, 45, 90, 104: median (45 + 90) / 2 = 67.5; p90 rank ⌈3.6⌉ = 4 → 104.
        expect(agility.overall).toEqual({ count: 4, median: 67.5, p90: 104 });
        expect(agility.byLevel).toEqual({
            'business-process-execution': { count: 3, median: 90, p90: 104 },
            development: { count: 2, median: 67.5, p90: 90 },
            'it-operations': { count: 1, median: 40, p90: 40 }
        });
    });

    it('computes the alignment effect where tbe is recorded', () => {
        expect(indicators().alignmentEffect).toEqual([
            { alignment: 'Al1', before: 51, after: 66, effect: 15 },
            { alignment: 'Al2', before: 70, after: 65, effect: -5 }
        ]);
    });

    it('leaves out what has no inputs in an empty workspace', () => {
        expect(analyseWorkspace(workspace(), { today: '2011-01-01' }).indicators).toEqual({
            coverage: {
                needs: { count: 0, total: 0 },
                levels: { populated: 0, total: 6, share: 0, empty: ['business-engineering', 'business-process-engineering', 'business-process-execution', 'service-design', 'development', 'it-operations'] },
                commitments: { count: 0, total: 0 },
                changes: { count: 0, total: 0 },
                gaps: { count: 0, total: 0 }
            },
            sem: [],
            tbe: [],
            agility: { samples: [], overall: { count: 0 }, byLevel: {} },
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
