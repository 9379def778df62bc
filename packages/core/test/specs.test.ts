import { describe, expect, it } from 'vitest';
import { WorkspaceIndex } from '../src/index.js';
import { assessment, findingsOf, healthy, need, policy, service, spec, stakeholder, unresolved, workspace } from './builders.js';

describe('spec-missing', () => {
    it('fires on a service that covers a need and has no spec', () => {
        const bare = service('Bare', 'development', { addresses: ['N', 'M'] });
        const findings = findingsOf(workspace(need('N'), need('M'), bare), 'spec-missing');
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ element: 'Bare', severity: 'warning', message: "Service 'Bare' covers need 'N' and need 'M' but has no spec" });
        expect(findings[0]?.location).toEqual(bare.nameLocation);
    });

    it('does not fire when the service has a spec or covers no need', () => {
        const model = workspace(need('N'), service('S', 'development', { addresses: ['N'] }), spec('Sla', { service: 'S' }), service('T', 'development'));
        expect(findingsOf(model, 'spec-missing')).toEqual([]);
    });
});

describe('spec-unsigned', () => {
    it('fires when no business stakeholder agreed the spec, or nobody did', () => {
        const itOnly = spec('ItOnly', { agreedBy: ['CIO'] });
        const nobody = spec('Nobody');
        const findings = findingsOf(workspace(stakeholder('CIO', 'it'), itOnly, nobody), 'spec-unsigned');
        expect(findings.map(f => [f.element, f.message, f.location])).toEqual([
            ['ItOnly', "Spec 'ItOnly' is not agreed by any business stakeholder", itOnly.nameLocation],
            ['Nobody', "Spec 'Nobody' is not agreed by any business stakeholder", nobody.nameLocation]
        ]);
    });

    it('does not fire when a business stakeholder agreed it', () => {
        expect(findingsOf(workspace(stakeholder('Boss', 'business'), spec('Sla', { agreedBy: ['Boss'] })), 'spec-unsigned')).toEqual([]);
    });

    it('does not read a superseded spec, which is history', () => {
        const model = workspace(
            stakeholder('Boss', 'business'),
            service('S', 'development'),
            spec('Old', { service: 'S', metrics: [{ name: 'uptime' }] }),
            spec('New', { service: 'S', agreedBy: ['Boss'], supersedes: ['Old'] })
        );
        expect(findingsOf(model, 'spec-unsigned')).toEqual([]);
        expect(findingsOf(model, 'metric-unmapped')).toEqual([]);
    });
});

describe('metric-unmapped', () => {
    it('fires on a metric without measures, at the metric name', () => {
        const sla = spec('Sla', { metrics: [{ name: 'uptime' }, { name: 'latency', measures: 'performance' }] });
        const findings = findingsOf(workspace(sla), 'metric-unmapped');
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ element: 'Sla', severity: 'warning', message: "Metric 'uptime' of spec 'Sla' measures no property" });
        expect(findings[0]?.location).toEqual(sla.metrics[0]?.nameLocation);
    });

    it('does not fire when every metric measures a property', () => {
        expect(findingsOf(healthy().model, 'metric-unmapped')).toEqual([]);
    });
});

describe('commitment-unassessed', () => {
    it('fires on a committed property no assessment of the service scores, at that commitment', () => {
        const sla = spec('Sla', { service: 'S', commits: { performance: 80, support: 70 } });
        const review = assessment('Review', { service: 'S', scores: { performance: 75 } });
        const other = assessment('Other', { service: 'T', scores: { support: 75 } });
        const model = workspace(service('S', 'development'), service('T', 'development'), sla, review, other);
        const findings = findingsOf(model, 'commitment-unassessed');
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            element: 'Sla',
            severity: 'warning',
            message: "Spec 'Sla' commits support 70 but no business or joint assessment of service 'S' scores it"
        });
        expect(findings[0]?.location).toEqual(sla.commits[1]?.location);
    });

    it('does not fire when every committed property is scored', () => {
        expect(findingsOf(healthy().model, 'commitment-unassessed')).toEqual([]);
    });

    it('counts only business, joint and unattributed scores in range: IT grading itself assesses nothing', () => {
        const sla = spec('Sla', { service: 'S', commits: { performance: 80, support: 70, delivery: 60, strategy: 50 } });
        const model = workspace(
            stakeholder('Biz', 'business'),
            stakeholder('Tech', 'it'),
            service('S', 'development'),
            sla,
            assessment('It', { service: 'S', assessors: ['Tech'], scores: { performance: 75 } }),
            assessment('Joint', { service: 'S', assessors: ['Biz', 'Tech'], scores: { support: 75 } }),
            assessment('Unattributed', { service: 'S', scores: { delivery: 75, strategy: 140 } })
        );
        expect(findingsOf(model, 'commitment-unassessed').map(f => f.location)).toEqual([sla.commits[0]?.location, sla.commits[3]?.location]);
    });

    it('reads current specs only', () => {
        const old = spec('Old', { service: 'S', commits: { support: 70 } });
        const model = workspace(service('S', 'development'), old, spec('New', { service: 'S', supersedes: ['Old'] }));
        expect(findingsOf(model, 'commitment-unassessed')).toEqual([]);
    });
});

/** A service covering two needs, with one spec committing `commit` to performance. */
function specModel(commit: number, extra: Parameters<typeof workspace> = []) {
    const sla = spec('Sla', { service: 'S', commits: { performance: commit } });
    const model = workspace(
        need('Low', { requires: { performance: 60 }, expects: { performance: 65 } }),
        need('High', { requires: { performance: 70 }, expects: { performance: 85 } }),
        service('S', 'development', { addresses: ['Low', 'High'] }),
        sla,
        ...extra
    );
    return { sla, model };
}

describe('spec-below-need', () => {
    it('fires once per commitment, against the most demanding need, at that commitment', () => {
        const { sla, model } = specModel(59);
        const findings = findingsOf(model, 'spec-below-need');
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ element: 'Sla', severity: 'warning' });
        expect(findings[0]?.message).toBe("Spec 'Sla' commits performance 59, below the 70 that need 'High' requires (tolerance 10, the default)");
        expect(findings[0]?.location).toEqual(sla.commits[0]?.location);
    });

    it('does not fire exactly at the tolerance (70 − 10 = 60)', () => {
        expect(findingsOf(specModel(60).model, 'spec-below-need')).toEqual([]);
    });

    it('uses the tolerance of the policy', () => {
        expect(findingsOf(specModel(59, [policy({ tolerance: 11 })]).model, 'spec-below-need')).toEqual([]);
        expect(findingsOf(specModel(65, [policy({ tolerance: 4 })]).model, 'spec-below-need')).toHaveLength(1);
    });

    it('does not compare with needs the service does not cover', () => {
        const model = workspace(
            need('N', { requires: { performance: 90 } }),
            service('S', 'development'),
            spec('Sla', { service: 'S', commits: { performance: 10 } })
        );
        expect(findingsOf(model, 'spec-below-need')).toEqual([]);
    });
});

describe('spec-below-expectation', () => {
    it('fires against the highest expectation, one point beyond the tolerance', () => {
        const { sla, model } = specModel(74);
        const findings = findingsOf(model, 'spec-below-expectation');
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ element: 'Sla', severity: 'warning' });
        expect(findings[0]?.message).toBe("Spec 'Sla' commits performance 74, below the 85 that need 'High' expects (tolerance 10, the default)");
        expect(findings[0]?.location).toEqual(sla.commits[0]?.location);
    });

    it('does not fire exactly at the tolerance (85 − 10 = 75)', () => {
        expect(findingsOf(specModel(75).model, 'spec-below-expectation')).toEqual([]);
    });
});

describe('requirement-uncommitted', () => {
    /** Need N requires performance 70 and support 60; S covers it with spec Sla, T with `tSpecs`. */
    function uncommittedModel(slaCommits: Record<string, number>, extra: Parameters<typeof workspace> = [], common?: Parameters<typeof need>[2]) {
        const n = need('N', { requires: { performance: 70, support: 60 } }, common);
        const model = workspace(
            n,
            service('S', 'development', { addresses: ['N'] }),
            service('T', 'development', { addresses: [common?.pkg ? `${common.pkg}.N` : 'N'] }),
            spec('Sla', { service: 'S', commits: slaCommits }),
            ...extra
        );
        return { n, model };
    }

    it('fires on each required property no current spec of a covering service commits, at its name in `requires`', () => {
        const { n, model } = uncommittedModel({ performance: 80 });
        const findings = findingsOf(model, 'requirement-uncommitted');
        expect(findings.map(f => [f.element, f.severity, f.location, f.message])).toEqual([
            ['N', 'warning', n.requires[1]?.property.location, "Need 'N' requires support 60 but no current spec of service 'S' commits it"]
        ]);
    });

    it('does not fire when any covering service commits the property, whatever the value', () => {
        expect(findingsOf(uncommittedModel({ performance: 10, support: 5 }).model, 'requirement-uncommitted')).toEqual([]);
        const tSpec = spec('TSla', { service: 'T', commits: { support: 90 } });
        expect(findingsOf(uncommittedModel({ performance: 80 }, [tSpec]).model, 'requirement-uncommitted')).toEqual([]);
    });

    it('names every covering service with a current spec', () => {
        const tSpec = spec('TSla', { service: 'T', commits: { performance: 90 } });
        expect(findingsOf(uncommittedModel({ performance: 80 }, [tSpec]).model, 'requirement-uncommitted').map(f => f.message)).toEqual([
            "Need 'N' requires support 60 but no current spec of service 'S' and service 'T' commits it"
        ]);
    });

    it('does not fire when no covering service has a current spec (spec-missing says so)', () => {
        const model = workspace(need('N', { requires: { performance: 70 } }), service('S', 'development', { addresses: ['N'] }));
        expect(findingsOf(model, 'requirement-uncommitted')).toEqual([]);
    });

    it('reads current specs only: a commitment of a superseded spec does not count', () => {
        const newer = spec('Newer', { service: 'S', commits: { performance: 80 }, supersedes: ['Sla'] });
        expect(findingsOf(uncommittedModel({ performance: 80, support: 60 }, [newer]).model, 'requirement-uncommitted').map(f => f.message)).toEqual([
            "Need 'N' requires support 60 but no current spec of service 'S' commits it"
        ]);
    });

    it('is silenced by svc-ignore on the need and by a policy switching it off', () => {
        expect(findingsOf(uncommittedModel({}, [], { ignore: ['requirement-uncommitted'] }).model, 'requirement-uncommitted')).toEqual([]);
        expect(findingsOf(uncommittedModel({}, [policy({ rules: { 'requirement-uncommitted': 'off' } })]).model, 'requirement-uncommitted')).toEqual([]);
        expect(findingsOf(uncommittedModel({}).model, 'requirement-uncommitted')).toHaveLength(2);
    });
});

describe('supersedes-other-service', () => {
    const parts = () => [service('S', 'development'), service('T', 'development'), spec('TSla', { service: 'T' }), spec('Old', { service: 'S' })];

    it('fires on a supersedes that names a spec of another service, at the reference, and leaves that spec current', () => {
        const wrong = spec('New', { service: 'S', supersedes: ['Old', 'TSla'] });
        const model = workspace(...parts(), wrong, need('N'), service('U', 'development'));
        const findings = findingsOf(model, 'supersedes-other-service');
        expect(findings.map(f => [f.element, f.severity, f.location, f.message])).toEqual([
            [
                'New',
                'error',
                wrong.supersedes[1]?.location,
                "Spec 'New' is for service 'S' but supersedes spec 'TSla', which is for service 'T': the supersedes has no effect"
            ]
        ]);
        const index = new WorkspaceIndex(model);
        expect(index.specsOf('T').map(s => s.name)).toEqual(['TSla']);
    });

    it('does not fire on a spec of the same service, or on references that do not resolve to a spec of a service', () => {
        const model = workspace(...parts(), spec('Orphan'), spec('New', { service: 'S', supersedes: ['Old', 'Orphan', unresolved('Gone')] }));
        expect(findingsOf(model, 'supersedes-other-service')).toEqual([]);
    });

    it('is silenced by svc-ignore on the spec and by a policy switching it off', () => {
        const ignored = spec('New', { service: 'S', supersedes: ['TSla'] }, { ignore: ['supersedes-other-service'] });
        expect(findingsOf(workspace(...parts(), ignored), 'supersedes-other-service')).toEqual([]);
        const off = workspace(...parts(), spec('New', { service: 'S', supersedes: ['TSla'] }), policy({ rules: { 'supersedes-other-service': 'off' } }));
        expect(findingsOf(off, 'supersedes-other-service')).toEqual([]);
    });
});
