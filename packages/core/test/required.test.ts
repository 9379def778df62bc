import { describe, expect, it } from 'vitest';
import { assessment, findingsOf, need, policy, service, spec, stakeholder, workspace } from './builders.js';

describe('perspective-missing', () => {
    it('fires on a stakeholder without a perspective, at its name, and not on one with a perspective', () => {
        const vague = stakeholder('Vague');
        const findings = findingsOf(workspace(vague, stakeholder('Clear', 'business')), 'perspective-missing');
        expect(findings.map(f => [f.element, f.location, f.severity])).toEqual([['Vague', vague.nameLocation, 'error']]);
        expect(findings[0]!.message).toContain("'Vague'");
    });
});

describe('policy-duplicate', () => {
    it('fires on every policy of a package after the first, at its keyword', () => {
        const first = policy({ tolerance: 5 });
        const second = policy({ tolerance: 7 });
        const other = policy({ pkg: 'acme', uri: 'file:///ws/acme.svc' });
        const findings = findingsOf(workspace(first, second, other), 'policy-duplicate');
        expect(findings.map(f => [f.location, f.severity])).toEqual([[second.keywordLocation, 'error']]);
        expect(findings[0]!.message).toContain('root package');
    });
});

describe('tolerance with decimal scores', () => {
    it('does not fire when the gap is exactly the tolerance, although 64.4 − 10 is inexact in floating point', () => {
        const n = need('N', { requires: { functionality: 64.4 }, expects: { performance: 66.9 } });
        const s = service('S', 'it-operations', { addresses: ['N'] });
        const p = spec('P', { service: 'S', commits: { functionality: 54.4, performance: 56.9 } });
        const a = assessment('A', { service: 'S', scores: { functionality: 54.4, performance: 56.9 } });
        const model = workspace(n, s, p, a);
        for (const rule of ['spec-below-need', 'spec-below-expectation', 'experience-below-need', 'experience-below-expectation'] as const) {
            expect(findingsOf(model, rule)).toEqual([]);
        }
        const beyond = workspace(n, s, spec('P', { service: 'S', commits: { functionality: 54.3 } }));
        expect(findingsOf(beyond, 'spec-below-need')).toHaveLength(1);
    });
});
