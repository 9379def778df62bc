import { describe, expect, it } from 'vitest';
import { alignment, change, findingsOf, fullAlignment, gap, healthy, need, policy, service, unresolved, workspace } from './builders.js';

describe('need-uncovered', () => {
    it('fires on a need no service addresses or aligns, at its name', () => {
        const orphan = need('Orphan', {}, { pkg: 'acme' });
        const [finding, ...rest] = findingsOf(workspace(orphan), 'need-uncovered');
        expect(rest).toEqual([]);
        expect(finding).toMatchObject({ rule: 'need-uncovered', element: 'acme.Orphan', severity: 'error' });
        expect(finding.message).toBe("Need 'acme.Orphan' is not covered by any service");
        expect(finding.location).toEqual(orphan.nameLocation);
    });

    it('does not fire when a service addresses the need', () => {
        expect(findingsOf(workspace(need('N'), service('S', 'development', { addresses: ['N'] })), 'need-uncovered')).toEqual([]);
    });

    it('does not fire when an alignment aligns the need with a service', () => {
        const model = workspace(need('N'), service('S', 'development'), alignment('A', { aligns: [['N', ['S']]] }));
        expect(findingsOf(model, 'need-uncovered')).toEqual([]);
    });

    it('fires when addresses does not resolve or names something that is not a need', () => {
        const model = workspace(need('N'), service('S', 'development', { addresses: [unresolved('N'), 'T'] }), service('T', 'development'));
        expect(findingsOf(model, 'need-uncovered').map(f => f.element)).toEqual(['N']);
    });
});

describe('need-stale', () => {
    it('fires when raised more than maxResponseDays before asOf and nothing aligns the need', () => {
        // 2010-10-03 is 90 days before 2011-01-01; 2010-10-02 is 91.
        const stale = need('Stale', { raised: '2010-10-02' });
        const fresh = need('Fresh', { raised: '2010-10-03' });
        const findings = findingsOf(workspace(stale, fresh), 'need-stale');
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ element: 'Stale', severity: 'warning' });
        expect(findings[0].location).toEqual(stale.nameLocation);
        expect(findings[0].message).toBe(
            "Need 'Stale' was raised on 2010-10-02, 91 days before 2011-01-01, and no alignment aligns it (maxResponseDays 90)"
        );
    });

    it('uses the policy asOf instead of today', () => {
        const model = workspace(need('N', { raised: '2010-10-02' }), policy({ asOf: '2010-12-01' }));
        expect(findingsOf(model, 'need-stale')).toEqual([]);
    });

    it('does not fire when an alignment aligns the need, or when it has no valid raised date', () => {
        const model = workspace(
            need('Aligned', { raised: '2009-01-01' }),
            alignment('A', { aligns: [['Aligned', []]] }),
            need('Undated'),
            need('BadDate', { raised: '2009-02-30' })
        );
        expect(findingsOf(model, 'need-stale')).toEqual([]);
    });
});

describe('gap-unanswered', () => {
    it('fires on a gap no alignment responds to, at its name', () => {
        const g = gap('G', { need: 'N' }, { pkg: 'p' });
        const findings = findingsOf(workspace(need('N'), g, alignment('A', { respondsTo: ['N'] })), 'gap-unanswered');
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ element: 'p.G', severity: 'warning', message: "Gap 'p.G' is not answered: no alignment responds to it" });
        expect(findings[0].location).toEqual(g.nameLocation);
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
        expect(findings[0].location).toEqual(c.nameLocation);
    });

    it('does not fire when an alignment responds to the change', () => {
        expect(findingsOf(workspace(change('C'), fullAlignment('A', { respondsTo: ['C'] })), 'change-unanswered')).toEqual([]);
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
