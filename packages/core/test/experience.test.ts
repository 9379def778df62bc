import { describe, expect, it } from 'vitest';
import { alignment, assessment, findingsOf, need, policy, service, spec, stakeholder, workspace, type AssessmentInput } from './builders.js';

/**
 * Service S covers Low (by addresses) and High (by an alignment's aligns); two specs commit to
 * performance. Thresholds for performance: requires 70, expects 85, commits 80 (the highest).
 */
function experienceModel(score: number, input: AssessmentInput = {}, extra: Parameters<typeof workspace> = []) {
    const review = assessment('Review', { service: 'S', scores: { performance: score }, ...input });
    const model = workspace(
        need('Low', { requires: { performance: 60 }, expects: { performance: 65 } }),
        need('High', { requires: { performance: 70 }, expects: { performance: 85 } }),
        service('S', 'development', { addresses: ['Low'] }),
        alignment('Aligning', { aligns: [['High', ['S']]] }),
        spec('Old', { service: 'S', commits: { performance: 60 } }),
        spec('Current', { service: 'S', commits: { performance: 80 } }),
        review,
        ...extra
    );
    return { review, model };
}

describe('experience-below-spec', () => {
    it('fires against the highest commitment, one point beyond the tolerance, at that score', () => {
        const { review, model } = experienceModel(69);
        const findings = findingsOf(model, 'experience-below-spec');
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ element: 'Review', severity: 'warning' });
        expect(findings[0].message).toBe("Assessment 'Review' scores performance 69, below the 80 that spec 'Current' commits (tolerance 10)");
        expect(findings[0].location).toEqual(review.scores[0].location);
    });

    it('does not fire exactly at the tolerance (80 − 10 = 70)', () => {
        expect(findingsOf(experienceModel(70).model, 'experience-below-spec')).toEqual([]);
    });

    it('does not fire for a property nothing commits to', () => {
        expect(findingsOf(experienceModel(90, { scores: { performance: 90, support: 0 } }).model, 'experience-below-spec')).toEqual([]);
    });
});

describe('experience-below-expectation', () => {
    it('fires against the highest expectation of the covered needs (aligns counts as coverage)', () => {
        const { review, model } = experienceModel(74);
        const findings = findingsOf(model, 'experience-below-expectation');
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ element: 'Review', severity: 'warning' });
        expect(findings[0].message).toBe("Assessment 'Review' scores performance 74, below the 85 that need 'High' expects (tolerance 10)");
        expect(findings[0].location).toEqual(review.scores[0].location);
    });

    it('does not fire exactly at the tolerance (85 − 10 = 75)', () => {
        expect(findingsOf(experienceModel(75).model, 'experience-below-expectation')).toEqual([]);
    });
});

describe('experience-below-need', () => {
    it('fires as an error against the highest requirement', () => {
        const { review, model } = experienceModel(59);
        const findings = findingsOf(model, 'experience-below-need');
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ element: 'Review', severity: 'error' });
        expect(findings[0].message).toBe("Assessment 'Review' scores performance 59, below the 70 that need 'High' requires (tolerance 10)");
        expect(findings[0].location).toEqual(review.scores[0].location);
    });

    it('does not fire exactly at the tolerance (70 − 10 = 60)', () => {
        expect(findingsOf(experienceModel(60).model, 'experience-below-need')).toEqual([]);
    });

    it('uses the tolerance of the assessment package policy', () => {
        const { model } = experienceModel(59, {}, [policy({ tolerance: 11 })]);
        expect(findingsOf(model, 'experience-below-need')).toEqual([]);
    });
});

describe('quality-unaddressed', () => {
    it('fires on an assessment with experience below spec, expectation or need and no responding alignment', () => {
        const { review, model } = experienceModel(65);
        const findings = findingsOf(model, 'quality-unaddressed');
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ element: 'Review', severity: 'warning' });
        expect(findings[0].message).toBe("Assessment 'Review' shows experience below spec and expectation and no alignment responds to it");
        expect(findings[0].location).toEqual(review.nameLocation);
    });

    it('does not fire when the experience rules are switched off: without a finding there is nothing to address', () => {
        const off = { 'experience-below-spec': 'off', 'experience-below-expectation': 'off', 'experience-below-need': 'off' } as const;
        const { model } = experienceModel(65, {}, [policy({ rules: off })]);
        expect(findingsOf(model, 'quality-unaddressed')).toEqual([]);
        const someOff = experienceModel(65, {}, [policy({ rules: { 'experience-below-spec': 'off' } })]).model;
        expect(findingsOf(someOff, 'quality-unaddressed')).toHaveLength(1);
    });

    it('does not fire when an alignment responds to the assessment, or nothing is below', () => {
        expect(findingsOf(experienceModel(65, {}, [alignment('Fix', { respondsTo: ['Review'] })]).model, 'quality-unaddressed')).toEqual([]);
        expect(findingsOf(experienceModel(80).model, 'quality-unaddressed')).toEqual([]);
    });
});

describe('assessment-one-sided', () => {
    const people = [stakeholder('Biz', 'business'), stakeholder('Biz2', 'business'), stakeholder('Tech', 'it')];

    it('fires when every assessor shares one perspective', () => {
        const review = assessment('Review', { assessors: ['Biz', 'Biz2'] });
        const findings = findingsOf(workspace(...people, review), 'assessment-one-sided');
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ element: 'Review', severity: 'warning' });
        expect(findings[0].message).toBe("Assessment 'Review' is one-sided: every assessor has the business perspective (no triangulation)");
        expect(findings[0].location).toEqual(review.nameLocation);
    });

    it('fires when there are no assessors', () => {
        const review = assessment('Review');
        const findings = findingsOf(workspace(review), 'assessment-one-sided');
        expect(findings.map(f => [f.message, f.location])).toEqual([["Assessment 'Review' has no assessors with a perspective (no triangulation)", review.nameLocation]]);
    });

    it('does not fire with both perspectives', () => {
        expect(findingsOf(workspace(...people, assessment('Review', { assessors: ['Biz', 'Tech'] })), 'assessment-one-sided')).toEqual([]);
    });
});
