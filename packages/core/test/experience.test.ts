import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual as equal } from 'node:util';
import type { Score } from '../src/index.js';
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
        expect(findings[0]?.message).toBe("Assessment 'Review' scores performance 69, below the 80 that spec 'Current' commits (tolerance 10, the default)");
        expect(findings[0]?.location).toEqual(review.scores[0]?.location);
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
        expect(findings[0]?.message).toBe("Assessment 'Review' scores performance 74, below the 85 that need 'High' expects (tolerance 10, the default)");
        expect(findings[0]?.location).toEqual(review.scores[0]?.location);
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
        expect(findings[0]?.message).toBe("Assessment 'Review' scores performance 59, below the 70 that need 'High' requires (tolerance 10, the default)");
        expect(findings[0]?.location).toEqual(review.scores[0]?.location);
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
        expect(findings[0]?.message).toBe("Assessment 'Review' shows experience below spec and expectation and no alignment responds to it");
        expect(findings[0]?.location).toEqual(review.nameLocation);
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

describe('experience-below-* read the business experience only (revision 2)', () => {
    const people = [stakeholder('Biz', 'business'), stakeholder('Tech', 'it')];
    const rules = ['experience-below-spec', 'experience-below-expectation', 'experience-below-need'] as const;
    /** Every experience-below-* finding, by rule, element, message and whether it is on the score `at`. */
    const below = (model: ReturnType<typeof workspace>, at?: Score) =>
        rules.flatMap(rule => findingsOf(model, rule).map(f => [f.rule, f.element, f.message, equal(f.location, at?.location)]));

    it('compares only the latest business score: an older assessment is history and no longer fires', () => {
        const older = assessment('Older', { service: 'S', date: '2010-01-01', assessors: ['Biz'], scores: { performance: 10 } });
        const { review, model } = experienceModel(59, { date: '2010-06-01', assessors: ['Biz'] }, [...people, older]);
        const findings = findingsOf(model, 'experience-below-need');
        expect(findings.map(f => [f.element, f.location])).toEqual([['Review', review.scores[0]?.location]]);
        // Once Review is the older one, only Older (performance 10) fires.
        const swapped = experienceModel(59, { date: '2009-06-01', assessors: ['Biz'] }, [...people, older]).model;
        expect(findingsOf(swapped, 'experience-below-need').map(f => f.element)).toEqual(['Older']);
    });

    it('never fires on an IT-only assessment', () => {
        const { model } = experienceModel(5, { assessors: ['Tech'] }, people);
        expect(below(model)).toEqual([]);
    });

    it('adding an IT-only assessment, older or newer, low or high, never changes any experience-below-* finding', () => {
        const joint = { date: '2010-06-01', assessors: ['Biz', 'Tech'] };
        const base = experienceModel(55, joint, people);
        const expected = below(base.model, base.review.scores[0]);
        expect(expected.map(([rule, , , onScore]) => [rule, onScore])).toEqual(rules.map(rule => [rule, true]));
        for (const date of ['2010-01-01', '2010-06-01', '2010-12-01', undefined]) {
            for (const score of [0, 55, 100]) {
                const itOnly = assessment('ItOnly', { service: 'S', date, assessors: ['Tech'], scores: { performance: score, support: score } });
                const withIt = experienceModel(55, joint, [...people, itOnly]);
                expect(below(withIt.model, withIt.review.scores[0])).toEqual(expected);
            }
        }
    });

    it('compares with current specs only: a superseded spec commits nothing', () => {
        const newer = spec('Newer', { service: 'S', commits: { performance: 50 }, supersedes: ['Current', 'Old'] });
        expect(findingsOf(experienceModel(60, {}, [newer]).model, 'experience-below-spec')).toEqual([]);
        expect(findingsOf(experienceModel(60).model, 'experience-below-spec')).toHaveLength(1);
    });

    it('ignores a score outside 0–100', () => {
        expect(below(experienceModel(-5).model)).toEqual([]);
    });
});

describe('perception-gap', () => {
    const people = [stakeholder('Biz', 'business'), stakeholder('Tech', 'it')];

    /** Service S: the business scores performance `business` and support 50 (2010-03-01); IT scores performance `it` (2010-06-01). */
    function gapModel(business: number, it: number, extra: Parameters<typeof workspace> = [], itCommon?: Parameters<typeof assessment>[2]) {
        const bus = assessment('Bus', { service: 'S', date: '2010-03-01', assessors: ['Biz'], scores: { performance: business, support: 50 } });
        const itReview = assessment('ItReview', { service: 'S', date: '2010-06-01', assessors: ['Tech'], scores: { performance: it } }, itCommon);
        return { itReview, model: workspace(...people, service('S', 'development'), bus, itReview, ...extra) };
    }

    it("fires when IT's view is more than the tolerance above the business experience, at IT's score", () => {
        const { itReview, model } = gapModel(60, 71);
        const findings = findingsOf(model, 'perception-gap');
        expect(findings.map(f => [f.element, f.severity, f.location, f.message])).toEqual([
            [
                'ItReview',
                'warning',
                itReview.scores[0]?.location,
                "Assessment 'ItReview' (IT's view) scores performance 71, 11 points above the business experience of 60 in assessment 'Bus' (tolerance 10, the default)"
            ]
        ]);
    });

    it('does not fire exactly at the tolerance, nor when IT sees the service as worse', () => {
        expect(findingsOf(gapModel(60, 70).model, 'perception-gap')).toEqual([]);
        expect(findingsOf(gapModel(90, 10).model, 'perception-gap')).toEqual([]);
        expect(findingsOf(gapModel(60.2, 70.2).model, 'perception-gap')).toEqual([]);
    });

    it('reads a joint assessment as both views: a later joint score supersedes an IT self-score', () => {
        const joint = assessment('Joint', { service: 'S', date: '2010-09-01', assessors: ['Biz', 'Tech'], scores: { performance: 62 } });
        expect(findingsOf(gapModel(60, 95, [joint]).model, 'perception-gap')).toEqual([]);
        // An older joint score is IT's view where IT has none of its own, against the business's later one.
        const olderJoint = assessment('Joint', { service: 'S', date: '2010-01-01', assessors: ['Biz', 'Tech'], scores: { support: 90 } });
        expect(findingsOf(gapModel(60, 60, [olderJoint]).model, 'perception-gap').map(f => [f.element, f.message])).toEqual([
            [
                'Joint',
                "Assessment 'Joint' (IT's view) scores support 90, 40 points above the business experience of 50 in assessment 'Bus' (tolerance 10, the default)"
            ]
        ]);
    });

    it('takes the tolerance from the package of the IT-view assessment', () => {
        expect(findingsOf(gapModel(60, 75, [policy({ pkg: 'it', tolerance: 15 })], { pkg: 'it' }).model, 'perception-gap')).toEqual([]);
        expect(findingsOf(gapModel(60, 75, [policy({ pkg: 'biz', tolerance: 15 })], { pkg: 'it' }).model, 'perception-gap')).toHaveLength(1);
    });

    it('is silenced by svc-ignore on the IT assessment and by a policy switching it off', () => {
        expect(findingsOf(gapModel(10, 90, [], { ignore: ['perception-gap'] }).model, 'perception-gap')).toEqual([]);
        expect(findingsOf(gapModel(10, 90, [policy({ rules: { 'perception-gap': 'off' } })]).model, 'perception-gap')).toEqual([]);
    });
});

describe('assessment-one-sided', () => {
    const people = [stakeholder('Biz', 'business'), stakeholder('Biz2', 'business'), stakeholder('Tech', 'it')];
    const of = (name: string, date: string, assessors: string[]) => assessment(name, { service: 'S', date, assessors });

    it("fires once per service whose assessments are all by the business, on its latest assessment's name", () => {
        const latest = of('Latest', '2010-06-01', ['Biz2']);
        const model = workspace(...people, service('S', 'development'), latest, of('Early', '2010-01-01', ['Biz', 'Biz2']));
        expect(findingsOf(model, 'assessment-one-sided').map(f => [f.element, f.severity, f.location, f.message])).toEqual([
            [
                'Latest',
                'warning',
                latest.nameLocation,
                "Assessment 'Latest', the latest of 2 assessments of service 'S', all by business stakeholders only (no triangulation)"
            ]
        ]);
    });

    it('fires on the only assessment of a service when it is by IT only', () => {
        const review = of('Review', '2010-06-01', ['Tech']);
        expect(findingsOf(workspace(...people, service('S', 'development'), review), 'assessment-one-sided').map(f => [f.element, f.message])).toEqual([
            ['Review', "Assessment 'Review', the only assessment of service 'S', is by IT stakeholders only (no triangulation)"]
        ]);
    });

    it('fires on an assessment without assessors, or without any with a perspective', () => {
        const bare = assessment('Bare');
        const nobody = assessment('Nobody', { assessors: ['Ghost'] });
        const findings = findingsOf(workspace(stakeholder('Ghost'), bare, nobody), 'assessment-one-sided');
        expect(findings.map(f => [f.message, f.location])).toEqual([
            ["Assessment 'Bare' has no assessors (no triangulation)", bare.nameLocation],
            ["Assessment 'Nobody' has no assessors with a perspective (no triangulation)", nobody.nameLocation]
        ]);
    });

    it('does not fire on a service with a business and an IT assessment, or with any joint one', () => {
        const split = workspace(...people, service('S', 'development'), of('Business', '2010-01-01', ['Biz']), of('It', '2010-06-01', ['Tech']));
        expect(findingsOf(split, 'assessment-one-sided')).toEqual([]);
        const joint = workspace(...people, service('S', 'development'), of('Business', '2010-01-01', ['Biz']), of('Joint', '2009-01-01', ['Biz', 'Tech']));
        expect(findingsOf(joint, 'assessment-one-sided')).toEqual([]);
    });

    it('is silenced by svc-ignore on the latest assessment and by a policy switching it off', () => {
        const ignored = assessment('Review', { service: 'S', assessors: ['Tech'] }, { ignore: ['assessment-one-sided'] });
        expect(findingsOf(workspace(...people, service('S', 'development'), ignored), 'assessment-one-sided')).toEqual([]);
        const off = workspace(
            ...people,
            service('S', 'development'),
            of('Review', '2010-01-01', ['Tech']),
            policy({ rules: { 'assessment-one-sided': 'off' } })
        );
        expect(findingsOf(off, 'assessment-one-sided')).toEqual([]);
    });
});
