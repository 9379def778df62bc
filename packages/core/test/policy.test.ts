import { describe, expect, it } from 'vitest';
import { analyseWorkspace, applyPolicy, type RawFinding, type RuleId } from '../src/index.js';
import { BUILTIN_URI, findingsOf, loc, MAIN, need, policy, property, service, spec, workspace } from './builders.js';

const ACME = 'file:///ws/acme.svc';
const inAcme = { pkg: 'acme', uri: ACME };

/** A need in the root package and one in acme, both uncovered and raised 2010-06-01. */
function twoPackages(...policies: ReturnType<typeof policy>[]) {
    return workspace(need('RootNeed', { raised: '2010-06-01' }), need('AcmeNeed', { raised: '2010-06-01' }, inAcme), ...policies);
}

const severities = (model: ReturnType<typeof workspace>, rule: RuleId, overrides = {}) =>
    Object.fromEntries(findingsOf(model, rule, { overrides }).map(f => [f.element, f.severity]));

describe('policy inheritance', () => {
    it('uses the default severity without policies', () => {
        expect(severities(twoPackages(), 'need-uncovered')).toEqual({ RootNeed: 'error', 'acme.AcmeNeed': 'error' });
    });

    it('applies the root policy to every package that sets nothing', () => {
        const model = twoPackages(policy({ rules: { 'need-uncovered': 'warning' } }));
        expect(severities(model, 'need-uncovered')).toEqual({ RootNeed: 'warning', 'acme.AcmeNeed': 'warning' });
    });

    it('lets a package policy override the root policy, setting by setting', () => {
        const model = twoPackages(
            policy({ rules: { 'need-uncovered': 'warning', 'need-stale': 'info' }, maxResponseDays: 100 }),
            policy({ ...inAcme, rules: { 'need-uncovered': 'info' }, asOf: '2010-08-01' })
        );
        expect(severities(model, 'need-uncovered')).toEqual({ RootNeed: 'warning', 'acme.AcmeNeed': 'info' });
        // acme sets asOf (61 days after raised) but not maxResponseDays (root: 100): not stale.
        // The root package uses today (214 days) and maxResponseDays 100: stale, at the root's info.
        expect(severities(model, 'need-stale')).toEqual({ RootNeed: 'info' });
    });

    it('lets a package policy set a threshold the root also sets', () => {
        const model = twoPackages(policy({ maxResponseDays: 300 }), policy({ ...inAcme, maxResponseDays: 30 }));
        expect(severities(model, 'need-stale')).toEqual({ 'acme.AcmeNeed': 'warning' });
    });

    it('removes findings of rules set to off', () => {
        const model = twoPackages(policy({ ...inAcme, rules: { 'need-uncovered': 'off' } }));
        expect(severities(model, 'need-uncovered')).toEqual({ RootNeed: 'error' });
    });

    it('lets command-line overrides win over every policy', () => {
        const model = twoPackages(policy({ rules: { 'need-uncovered': 'off' } }), policy({ ...inAcme, maxResponseDays: 1000, tolerance: 50 }));
        expect(severities(model, 'need-uncovered', { rules: { 'need-uncovered': 'info' } })).toEqual({ RootNeed: 'info', 'acme.AcmeNeed': 'info' });
        expect(severities(model, 'need-stale', { maxResponseDays: 10, asOf: '2010-06-12' })).toEqual({ RootNeed: 'warning', 'acme.AcmeNeed': 'warning' });
        expect(severities(model, 'need-uncovered', { rules: { 'need-uncovered': 'off' } })).toEqual({});
    });

    it('takes the later setting when a policy sets a rule twice', () => {
        const p = policy({ rules: { 'need-uncovered': 'info' } });
        p.rules.push({ rule: 'need-uncovered', severity: 'warning', ruleLocation: loc(MAIN, 999) });
        expect(severities(twoPackages(p), 'need-uncovered')).toEqual({ RootNeed: 'warning', 'acme.AcmeNeed': 'warning' });
    });
});

describe('where a setting came from', () => {
    const explain = (model: ReturnType<typeof workspace>, pkg: string, name: 'tolerance' | 'maxResponseDays' | 'asOf', overrides = {}) =>
        analyseWorkspace(model, { today: '2011-01-01', overrides }).settings.explain(pkg, name);
    const model = twoPackages(policy({ tolerance: 4, asOf: '2010-12-01' }), policy({ ...inAcme, maxResponseDays: 30 }));

    it('names the default, or today for asOf, when no policy sets it', () => {
        expect(explain(twoPackages(), '', 'tolerance')).toBe('tolerance 10, the default');
        expect(explain(twoPackages(), 'acme', 'maxResponseDays')).toBe('maxResponseDays 90, the default');
        expect(explain(twoPackages(), 'acme', 'asOf')).toBe('asOf today');
    });

    it("names the root policy's file and line for a package that inherits it", () => {
        expect(explain(model, 'acme', 'tolerance')).toMatch(/^tolerance 4 from the root policy at main\.svc:\d+$/);
        expect(explain(model, '', 'asOf')).toMatch(/^asOf 2010-12-01 from the root policy at main\.svc:\d+$/);
    });

    it("names the package's own policy, and leaves the root package its own", () => {
        expect(explain(model, 'acme', 'maxResponseDays')).toMatch(/^maxResponseDays 30 from the policy of package 'acme' at acme\.svc:\d+$/);
        expect(explain(model, '', 'maxResponseDays')).toBe('maxResponseDays 90, the default');
    });

    it('names the overrides, which win over every policy', () => {
        expect(explain(model, 'acme', 'tolerance', { tolerance: 2 })).toBe('tolerance 2 from the command line');
        expect(explain(model, 'acme', 'tolerance', { tolerance: 2, from: "the editor's svc.policy settings" })).toBe(
            "tolerance 2 from the editor's svc.policy settings"
        );
    });

    it('puts the origin into the messages that depend on the setting', () => {
        const [stale] = findingsOf(model, 'need-stale', {}).filter(f => f.element === 'acme.AcmeNeed');
        expect(stale?.message).toMatch(
            /\(maxResponseDays 30 from the policy of package 'acme' at acme\.svc:\d+; asOf 2010-12-01 from the root policy at main\.svc:\d+\)$/
        );
    });
});

describe('suppression', () => {
    it('silences the named rules for that declaration and what is inside it, not for a neighbour', () => {
        const quiet = spec('Quiet', { metrics: [{ name: 'm' }] }, { ignore: ['metric-unmapped', 'spec-unsigned'] });
        const loud = spec('Loud', { metrics: [{ name: 'm' }] });
        const model = workspace(quiet, loud);
        expect(findingsOf(model, 'metric-unmapped').map(f => f.element)).toEqual(['Loud']);
        expect(findingsOf(model, 'spec-unsigned').map(f => f.element)).toEqual(['Loud']);
    });

    it('silences only the rules it names', () => {
        const model = workspace(need('N', { raised: '2000-01-01' }, { ignore: ['need-stale'] }));
        expect(findingsOf(model, 'need-stale')).toEqual([]);
        expect(findingsOf(model, 'need-uncovered').map(f => f.element)).toEqual(['N']);
    });
});

describe('applyPolicy', () => {
    it('handles raw findings from outside core: package and suppression come from the enclosing declaration', () => {
        const quiet = service('Quiet', 'development', { supportedBy: ['Ghost'] }, { ...inAcme, ignore: ['unresolved-reference'] });
        const loud = service('Loud', 'development', { supportedBy: ['Ghost'] }, inAcme);
        const model = workspace(quiet, loud, policy({ ...inAcme, rules: { 'unresolved-reference': 'warning', syntax: 'info' } }));
        const [quietGhost] = quiet.supportedBy;
        const [loudGhost] = loud.supportedBy;
        if (!quietGhost || !loudGhost) throw new Error('each service was built with one supportedBy reference');
        const raw: RawFinding[] = [
            { rule: 'unresolved-reference', message: 'Could not resolve Ghost', location: quietGhost.location },
            { rule: 'unresolved-reference', message: 'Could not resolve Ghost', location: loudGhost.location },
            { rule: 'syntax', message: 'Unexpected token', location: loc(ACME, 99_999) }
        ];
        expect(applyPolicy(model, raw, { today: '2011-01-01' })).toEqual([
            { ...raw[1], severity: 'warning' },
            { ...raw[2], severity: 'info' }
        ]);
    });

    it('uses the element when the location lies outside every declaration', () => {
        const n = need('N', {}, { ignore: ['syntax'] });
        const raw: RawFinding[] = [{ rule: 'syntax', message: 'x', location: loc(MAIN, 99_999), element: 'N' }];
        expect(applyPolicy(workspace(n), raw, { today: '2011-01-01' })).toEqual([]);
    });

    it('never yields findings in built-in documents or on built-in declarations', () => {
        const raw: RawFinding[] = [{ rule: 'syntax', message: 'x', location: loc(BUILTIN_URI, 1) }];
        expect(applyPolicy(workspace(), raw, { today: '2011-01-01' })).toEqual([]);
        const stray = property('Stray', 'core', [], { builtin: true });
        expect(applyPolicy(workspace(stray), [{ rule: 'syntax', message: 'x', location: stray.nameLocation }], { today: '2011-01-01' })).toEqual([]);
    });

    it('sorts by uri, line, column and rule', () => {
        const at = (uri: string, line: number, character: number, rule: RuleId): RawFinding => ({ rule, message: rule, location: loc(uri, line, character) });
        const raw = [
            at('file:///b.svc', 1, 0, 'syntax'),
            at('file:///a.svc', 2, 0, 'syntax'),
            at('file:///a.svc', 1, 5, 'syntax'),
            at('file:///a.svc', 1, 5, 'score-range'),
            at('file:///a.svc', 1, 2, 'syntax')
        ];
        const sorted = applyPolicy(workspace(), raw, { today: '2011-01-01' }).map(
            f => `${f.location.uri}:${f.location.range.start.line}:${f.location.range.start.character}:${f.rule}`
        );
        expect(sorted).toEqual([
            'file:///a.svc:1:2:syntax',
            'file:///a.svc:1:5:score-range',
            'file:///a.svc:1:5:syntax',
            'file:///a.svc:2:0:syntax',
            'file:///b.svc:1:0:syntax'
        ]);
    });
});

describe('analyseWorkspace', () => {
    it('puts external raw findings through the same policy pass', () => {
        const n = need('N', {}, { ignore: ['need-uncovered'] });
        const raw: RawFinding[] = [{ rule: 'syntax', message: 'Unexpected token', location: loc(MAIN, 99_999) }];
        const options = { today: '2011-01-01' };
        expect(analyseWorkspace(workspace(n, policy({ rules: { syntax: 'warning' } })), options, raw).findings).toEqual([{ ...raw[0], severity: 'warning' }]);
    });

    it('skips a rule switched off on the command line', () => {
        const { findings } = analyseWorkspace(workspace(need('N')), { today: '2011-01-01', overrides: { rules: { 'need-uncovered': 'off' } } });
        expect(findings).toEqual([]);
    });
});
