import { describe, expect, it } from 'vitest';
import { analyseWorkspace, RULES, type Declaration } from '../src/index.js';
import { alignment, assessment, healthy, need, service, spec, stakeholder, workspace } from './builders.js';

describe('analyseWorkspace', () => {
    it('finds nothing in a complete, consistent workspace', () => {
        expect(analyseWorkspace(healthy().model, { today: '2011-01-01' }).findings).toEqual([]);
    });

    it('has a check for every catalogue rule except those of the parser and linker, and those about svc itself', () => {
        const unchecked = RULES.filter(rule => rule.check === undefined).map(rule => rule.id);
        expect(unchecked).toEqual(['unresolved-reference', 'syntax', 'internal-error', 'too-many-diagnostics']);
    });

    // Speed is the benchmark's business (npm run bench); this checks that a cycle far deeper than the
    // call stack is handled (the cycle search must not recurse) and that the results are right.
    it('handles a 10,000-service support cycle within 50,000 declarations', () => {
        const n = 10_000;
        const declarations: Declaration[] = [stakeholder('Biz', 'business'), stakeholder('Tech', 'it')];
        for (let i = 0; i < n; i++) {
            declarations.push(
                need(`N${i}`, { raised: '2010-01-01', requires: { performance: 80 } }),
                service(`S${i}`, 'development', { addresses: [`N${i}`], supportedBy: [`S${(i + 1) % n}`] }),
                spec(`P${i}`, { service: `S${i}`, agreedBy: ['Biz'], commits: { performance: 60 } }),
                assessment(`A${i}`, { service: `S${i}`, assessors: ['Biz', 'Tech'], scores: { performance: 50 } }),
                alignment(`L${i}`, { respondsTo: [`A${i}`], aligns: [[`N${i}`, [`S${i}`]]], responded: '2010-02-01' })
            );
        }
        const model = workspace(...declarations);
        const { findings, indicators } = analyseWorkspace(model, { today: '2011-01-01' });
        const count = (rule: string) => findings.filter(f => f.rule === rule).length;
        expect(count('support-cycle')).toBe(n);
        expect(count('spec-below-need')).toBe(n);
        expect(count('experience-below-need')).toBe(n);
        expect(count('quality-unaddressed')).toBe(0);
        expect(indicators.coverage.needs).toEqual({ count: n, total: n, share: 1 });
        expect(indicators.agility.overall).toEqual({ count: n, responded: n, open: 0, median: 31, p90: 31 });
    }, 60_000);
});
