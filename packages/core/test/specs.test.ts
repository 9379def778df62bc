import { describe, expect, it } from 'vitest';
import { assessment, findingsOf, healthy, need, policy, service, spec, stakeholder, workspace } from './builders.js';

describe('spec-missing', () => {
    it('fires on a service that covers a need and has no spec', () => {
        const bare = service('Bare', 'development', { addresses: ['N', 'M'] });
        const findings = findingsOf(workspace(need('N'), need('M'), bare), 'spec-missing');
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ element: 'Bare', severity: 'warning', message: "Service 'Bare' covers need 'N' and need 'M' but has no spec" });
        expect(findings[0].location).toEqual(bare.nameLocation);
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
});

describe('metric-unmapped', () => {
    it('fires on a metric without measures, at the metric name', () => {
        const sla = spec('Sla', { metrics: [{ name: 'uptime' }, { name: 'latency', measures: 'performance' }] });
        const findings = findingsOf(workspace(sla), 'metric-unmapped');
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ element: 'Sla', severity: 'warning', message: "Metric 'uptime' of spec 'Sla' measures no property" });
        expect(findings[0].location).toEqual(sla.metrics[0].nameLocation);
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
        expect(findings[0]).toMatchObject({ element: 'Sla', severity: 'warning', message: "Spec 'Sla' commits support 70 but no assessment of service 'S' scores it" });
        expect(findings[0].location).toEqual(sla.commits[1].location);
    });

    it('does not fire when every committed property is scored', () => {
        expect(findingsOf(healthy().model, 'commitment-unassessed')).toEqual([]);
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
        expect(findings[0].message).toBe("Spec 'Sla' commits performance 59, below the 70 that need 'High' requires (tolerance 10)");
        expect(findings[0].location).toEqual(sla.commits[0].location);
    });

    it('does not fire exactly at the tolerance (70 − 10 = 60)', () => {
        expect(findingsOf(specModel(60).model, 'spec-below-need')).toEqual([]);
    });

    it('uses the tolerance of the policy', () => {
        expect(findingsOf(specModel(59, [policy({ tolerance: 11 })]).model, 'spec-below-need')).toEqual([]);
        expect(findingsOf(specModel(65, [policy({ tolerance: 4 })]).model, 'spec-below-need')).toHaveLength(1);
    });

    it('does not compare with needs the service does not cover', () => {
        const model = workspace(need('N', { requires: { performance: 90 } }), service('S', 'development'), spec('Sla', { service: 'S', commits: { performance: 10 } }));
        expect(findingsOf(model, 'spec-below-need')).toEqual([]);
    });
});

describe('spec-below-expectation', () => {
    it('fires against the highest expectation, one point beyond the tolerance', () => {
        const { sla, model } = specModel(74);
        const findings = findingsOf(model, 'spec-below-expectation');
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ element: 'Sla', severity: 'warning' });
        expect(findings[0].message).toBe("Spec 'Sla' commits performance 74, below the 85 that need 'High' expects (tolerance 10)");
        expect(findings[0].location).toEqual(sla.commits[0].location);
    });

    it('does not fire exactly at the tolerance (85 − 10 = 75)', () => {
        expect(findingsOf(specModel(75).model, 'spec-below-expectation')).toEqual([]);
    });
});
