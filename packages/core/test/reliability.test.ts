import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyseWorkspace, CHECKED_RULES, type Declaration } from '../src/index.js';
import { MAIN, need, policy, service, TODAY, workspace } from './builders.js';

/** 700 uncovered needs (errors) and 700 purposeless, unmanaged services (two warnings each). */
function crowded(): Declaration[] {
    const declarations: Declaration[] = [];
    for (let i = 0; i < 700; i++) declarations.push(need(`N${i}`), service(`S${i}`, 'development'));
    return declarations;
}

describe('a rule that throws', () => {
    afterEach(() => vi.restoreAllMocks());

    it('costs only its own findings: it becomes one internal-error at the top of the first document, and a failure', () => {
        const model = workspace(need('Lonely'), service('Idle', 'development'));
        const healthy = analyseWorkspace(model, { today: TODAY }).findings;
        const error = new Error('boom');
        vi.spyOn(
            CHECKED_RULES.find(rule => rule.id === 'need-uncovered')!,
            'check'
        ).mockImplementation(() => {
            throw error;
        });

        const { findings, failures } = analyseWorkspace(model, { today: TODAY });

        expect(failures).toEqual([{ activity: 'running rule need-uncovered', error }]);
        expect(findings.filter(finding => finding.rule === 'internal-error')).toEqual([
            {
                rule: 'internal-error',
                severity: 'error',
                message: 'svc failed while running rule need-uncovered (boom); the report may be incomplete. This is a bug in svc.',
                location: { uri: MAIN, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }
            }
        ]);
        expect(findings.filter(finding => finding.rule !== 'internal-error')).toEqual(healthy.filter(finding => finding.rule !== 'need-uncovered'));
    });
});

describe('maxFindingsPerFile', () => {
    const declarations = crowded();
    const model = workspace(...declarations);
    const all = analyseWorkspace(model, { today: TODAY }).findings;

    it('keeps that many per file, errors first and in report order, after one too-many-diagnostics summary', () => {
        const { findings, omitted } = analyseWorkspace(model, { today: TODAY, maxFindingsPerFile: 1000 });

        expect(all.length).toBeGreaterThan(2000);
        expect(findings).toHaveLength(1001);
        expect(findings[0]).toMatchObject({
            rule: 'too-many-diagnostics',
            severity: 'info',
            location: { uri: MAIN, range: { start: { line: 0, character: 0 } } }
        });
        expect(findings[0]!.message).toBe(
            `${all.length - 1000} more diagnostics in this file are not shown (${all.length} in all; 1000 are shown, errors first).`
        );
        const kept = findings.slice(1);
        expect(kept.filter(finding => finding.severity === 'error')).toEqual(all.filter(finding => finding.severity === 'error'));
        const order = all.map(finding => JSON.stringify(finding));
        const positions = kept.map(finding => order.indexOf(JSON.stringify(finding)));
        expect(positions.every((position, i) => position > (i === 0 ? -1 : positions[i - 1]!))).toBe(true);
        expect(omitted).toEqual({ error: 0, warning: all.length - 1000, info: 0 });
    });

    it('leaves files within the limit alone, and honours `rule too-many-diagnostics off`', () => {
        expect(analyseWorkspace(model, { today: TODAY, maxFindingsPerFile: 5000 }).findings).toEqual(all);
        const quiet = analyseWorkspace(workspace(...declarations, policy({ rules: { 'too-many-diagnostics': 'off' } })), {
            today: TODAY,
            maxFindingsPerFile: 1000
        });
        expect(quiet.findings).toHaveLength(1000);
        expect(quiet.findings.some(finding => finding.rule === 'too-many-diagnostics')).toBe(false);
    });
});
