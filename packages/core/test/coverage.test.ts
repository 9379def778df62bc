import { describe, expect, it } from 'vitest';
import { alignment, change, findingsOf, fullAlignment, gap, healthy, need, policy, service, unresolved, workspace } from './builders.js';

describe('need-uncovered', () => {
    it('fires on a need no service addresses or aligns, at its name', () => {
        const orphan = need('Orphan', {}, { pkg: 'acme' });
        const [finding, ...rest] = findingsOf(workspace(orphan), 'need-uncovered');
        expect(rest).toEqual([]);
        expect(finding).toMatchObject({ rule: 'need-uncovered', element: 'acme.Orphan', severity: 'error' });
        expect(finding?.message).toBe("Need 'acme.Orphan' is not covered by any service");
        expect(finding?.location).toEqual(orphan.nameLocation);
    });

    it('does not fire when a service addresses the need', () => {
        expect(findingsOf(workspace(need('N'), service('S', 'development', { addresses: ['N'] })), 'need-uncovered')).toEqual([]);
    });

    it('does not fire when an alignment aligns the need with a service', () => {
        const model = workspace(need('N'), service('S', 'development'), alignment('A', { aligns: [['N', ['S']]] }));
        expect(findingsOf(model, 'need-uncovered')).toEqual([]);
    });

    it('fires when addresses names something that is not a need', () => {
        const model = workspace(need('N'), service('S', 'development', { addresses: ['T'] }), service('T', 'development'));
        expect(findingsOf(model, 'need-uncovered').map(f => f.element)).toEqual(['N']);
    });

    it('leaves a need that an unresolved addresses may have meant to unresolved-reference (one slip, one finding)', () => {
        const needs = [need('Orders'), need('Payroll')];
        const model = workspace(...needs, service('S', 'development', { addresses: [unresolved('Ordres')] }));
        expect(findingsOf(model, 'need-uncovered').map(f => f.element)).toEqual(['Payroll']);
    });
});

describe('need-stale', () => {
    it('fires when raised more than maxResponseDays before asOf and nothing has responded to the need', () => {
        // 2010-10-03 is 90 days before 2011-01-01; 2010-10-02 is 91.
        const stale = need('Stale', { raised: '2010-10-02' });
        const fresh = need('Fresh', { raised: '2010-10-03' });
        const findings = findingsOf(workspace(stale, fresh), 'need-stale');
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ element: 'Stale', severity: 'warning' });
        expect(findings[0]?.location).toEqual(stale.nameLocation);
        expect(findings[0]?.message).toBe(
            "Need 'Stale' was raised on 2010-10-02, 91 days before 2011-01-01, and no alignment has responded to it (maxResponseDays 90, the default; asOf today)"
        );
    });

    it('uses the policy asOf instead of today', () => {
        const model = workspace(need('N', { raised: '2010-10-02' }), policy({ asOf: '2010-12-01' }));
        expect(findingsOf(model, 'need-stale')).toEqual([]);
    });

    it('does not fire when an alignment that aligns the need, or responds to a gap on it, has responded; or without a valid raised date', () => {
        const model = workspace(
            need('Aligned', { raised: '2009-01-01' }),
            alignment('A', { aligns: [['Aligned', []]], responded: '2009-03-01' }),
            need('Gapped', { raised: '2009-01-01' }),
            gap('G', { need: 'Gapped' }),
            alignment('B', { respondsTo: ['G'], responded: '2010-12-31' }),
            need('Undated'),
            need('BadDate', { raised: '2009-02-30' })
        );
        expect(findingsOf(model, 'need-stale')).toEqual([]);
    });

    it('still fires while the alignments that align the need are planned, or respond only after asOf, naming them', () => {
        const model = workspace(
            need('N', { raised: '2010-01-01' }),
            alignment('Planned', { aligns: [['N', []]], decided: '2010-02-01' }),
            alignment('Future', { aligns: [['N', []]], responded: '2011-02-01' })
        );
        expect(findingsOf(model, 'need-stale').map(f => f.message)).toEqual([
            "Need 'N' was raised on 2010-01-01, 365 days before 2011-01-01, and no alignment has responded to it; " +
                "alignment 'Planned' and alignment 'Future' have not responded by 2011-01-01 (maxResponseDays 90, the default; asOf today)"
        ]);
        // Once one of them has responded, by asOf, the need is answered.
        expect(findingsOf(model, 'need-stale', { overrides: { asOf: '2011-02-01' } })).toEqual([]);
    });

    it('is silenced by svc-ignore and by a policy switching it off', () => {
        expect(findingsOf(workspace(need('N', { raised: '2010-01-01' }, { ignore: ['need-stale'] })), 'need-stale')).toEqual([]);
        expect(findingsOf(workspace(need('N', { raised: '2010-01-01' }), policy({ rules: { 'need-stale': 'off' } })), 'need-stale')).toEqual([]);
    });
});

describe('change-stale', () => {
    // 2010-10-03 is 90 days before 2011-01-01; 2010-10-02 is 91.
    const planned = (name: string, change: string) => alignment(name, { respondsTo: [change], decided: '2010-12-01' });

    it('fires on a change some alignment responds to when none has responded more than maxResponseDays after it, at its name', () => {
        const stale = change('Stale', { date: '2010-10-02' }, { pkg: 'p' });
        const model = workspace(stale, planned('Plan', 'p.Stale'), change('Fresh', { date: '2010-10-03' }), planned('Plan2', 'Fresh'));
        const findings = findingsOf(model, 'change-stale');
        expect(findings.map(f => [f.element, f.severity, f.location, f.message])).toEqual([
            [
                'p.Stale',
                'warning',
                stale.nameLocation,
                "Change 'p.Stale' happened on 2010-10-02, 91 days before 2011-01-01, and no alignment has responded to it; " +
                    "alignment 'Plan' has not responded by 2011-01-01 (maxResponseDays 90, the default; asOf today)"
            ]
        ]);
    });

    it('does not fire on a change nothing responds to (change-unanswered reports it), one responded to, or one without a date', () => {
        const model = workspace(
            change('Unanswered', { date: '2009-01-01' }),
            change('Answered', { date: '2009-01-01' }),
            planned('Plan', 'Answered'),
            alignment('Done', { respondsTo: ['Answered'], responded: '2010-06-01' }),
            change('Undated'),
            planned('Plan2', 'Undated')
        );
        expect(findingsOf(model, 'change-stale')).toEqual([]);
        expect(findingsOf(model, 'change-unanswered').map(f => f.element)).toEqual(['Unanswered']);
    });

    it("uses the change's package policy for asOf and maxResponseDays", () => {
        const model = (settings: Parameters<typeof policy>[0]) =>
            workspace(change('C', { date: '2010-10-02' }, { pkg: 'p' }), planned('Plan', 'p.C'), policy({ pkg: 'p', ...settings }));
        expect(findingsOf(model({ maxResponseDays: 91 }), 'change-stale')).toEqual([]);
        expect(findingsOf(model({ asOf: '2010-12-31' }), 'change-stale')).toEqual([]);
        expect(findingsOf(model({}), 'change-stale')).toHaveLength(1);
    });

    it('is silenced by svc-ignore and by a policy switching it off', () => {
        const ignored = workspace(change('C', { date: '2010-01-01' }, { ignore: ['change-stale'] }), planned('Plan', 'C'));
        expect(findingsOf(ignored, 'change-stale')).toEqual([]);
        const off = workspace(change('C', { date: '2010-01-01' }), planned('Plan', 'C'), policy({ rules: { 'change-stale': 'off' } }));
        expect(findingsOf(off, 'change-stale')).toEqual([]);
    });
});

describe('gap-unanswered', () => {
    it('fires on a gap no alignment responds to, at its name', () => {
        const g = gap('G', { need: 'N' }, { pkg: 'p' });
        const findings = findingsOf(workspace(need('N'), g, alignment('A', { respondsTo: ['N'] })), 'gap-unanswered');
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ element: 'p.G', severity: 'warning', message: "Gap 'p.G' is not answered: no alignment responds to it" });
        expect(findings[0]?.location).toEqual(g.nameLocation);
    });

    it('does not fire when an alignment responds to the gap', () => {
        expect(findingsOf(workspace(gap('G'), alignment('A', { respondsTo: ['G'] })), 'gap-unanswered')).toEqual([]);
    });
});

describe('change-unanswered', () => {
    it('fires on a change no alignment responds to, at its name', () => {
        const c = change('C', { affects: ['N'] });
        const findings = findingsOf(workspace(need('N'), c), 'change-unanswered');
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ element: 'C', severity: 'error', message: "Change 'C' is not answered: no alignment responds to it" });
        expect(findings[0]?.location).toEqual(c.nameLocation);
    });

    it('does not fire when an alignment responds to the change', () => {
        expect(findingsOf(workspace(change('C'), fullAlignment('A', { respondsTo: ['C'] })), 'change-unanswered')).toEqual([]);
    });

    it('accepts a planned alignment, as gap-unanswered does: they ask whether anyone responds, not whether it is done', () => {
        const model = workspace(change('C'), need('N'), gap('G', { need: 'N' }), alignment('Planned', { respondsTo: ['C', 'G'], decided: '2010-06-01' }));
        expect(findingsOf(model, 'change-unanswered')).toEqual([]);
        expect(findingsOf(model, 'gap-unanswered')).toEqual([]);
    });
});

describe('change-unlinked', () => {
    it('fires when the change affects no need (none written, or none resolving to a need)', () => {
        const bare = change('Bare');
        const wrong = change('Wrong', { affects: ['S', unresolved('Nope')] });
        const findings = findingsOf(workspace(bare, wrong, service('S', 'development')), 'change-unlinked');
        expect(findings.map(f => [f.element, f.message, f.location])).toEqual([
            ['Bare', "Change 'Bare' affects no need", bare.nameLocation],
            ['Wrong', "Change 'Wrong' affects no need", wrong.nameLocation]
        ]);
    });

    it('does not fire when the change affects a need', () => {
        expect(findingsOf(healthy().model, 'change-unlinked')).toEqual([]);
    });
});
