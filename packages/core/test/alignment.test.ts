import { describe, expect, it } from 'vitest';
import { alignment, assessment, change, findingsOf, gap, healthy, need, policy, service, stakeholder, unresolved, workspace } from './builders.js';

describe('alignment-incomplete', () => {
    it('fires once, naming everything missing', () => {
        const bare = alignment('Bare');
        const partial = alignment('Partial', { risk: 'low' });
        const findings = findingsOf(workspace(bare, partial), 'alignment-incomplete');
        expect(findings.map(f => [f.element, f.message, f.location, f.severity])).toEqual([
            ['Bare', "Alignment 'Bare' lacks governance, risk and resources", bare.nameLocation, 'error'],
            ['Partial', "Alignment 'Partial' lacks governance and resources", partial.nameLocation, 'error']
        ]);
    });

    it('does not fire on a complete alignment', () => {
        expect(findingsOf(healthy().model, 'alignment-incomplete')).toEqual([]);
    });
});

describe('alignment-unaccountable', () => {
    it('fires at the governance keyword when no accountable stakeholder resolves', () => {
        const empty = alignment('Empty', { governance: {} });
        const dangling = alignment('Dangling', { governance: { accountable: [unresolved('Ghost'), 'NotAPerson'] } });
        const findings = findingsOf(workspace(empty, dangling, need('NotAPerson')), 'alignment-unaccountable');
        expect(findings.map(f => [f.element, f.message, f.location, f.severity])).toEqual([
            ['Empty', "The governance of alignment 'Empty' names no accountable stakeholder", empty.governance?.keywordLocation, 'warning'],
            ['Dangling', "The governance of alignment 'Dangling' names no accountable stakeholder", dangling.governance?.keywordLocation, 'warning']
        ]);
    });

    it('does not fire without governance (alignment-incomplete covers that) or with accountable stakeholders of both perspectives', () => {
        const model = workspace(
            stakeholder('Tech', 'it'),
            stakeholder('Biz', 'business'),
            alignment('NoGovernance'),
            alignment('Shared', { governance: { accountable: ['Tech', 'Biz'] } })
        );
        expect(findingsOf(model, 'alignment-unaccountable')).toEqual([]);
    });

    it('fires when one side has nobody accountable, naming that side', () => {
        const itOnly = alignment('ItOnly', { governance: { accountable: ['Tech'] } });
        const businessOnly = alignment('BusinessOnly', { governance: { accountable: ['Biz'] } });
        const model = workspace(stakeholder('Tech', 'it'), stakeholder('Biz', 'business'), itOnly, businessOnly);
        expect(findingsOf(model, 'alignment-unaccountable').map(f => [f.element, f.message, f.location])).toEqual([
            ['ItOnly', "The governance of alignment 'ItOnly' names no accountable business stakeholder", itOnly.governance?.keywordLocation],
            ['BusinessOnly', "The governance of alignment 'BusinessOnly' names no accountable IT stakeholder", businessOnly.governance?.keywordLocation]
        ]);
    });
});

/**
 * Service S: the business's TBE is 40 before 2010-06-01 (functionality 50 × understanding 80)
 * and 70 after it (70 × 100). An alignment that aligns N with S and responded on 2010-06-01
 * measures 40 → 70.
 */
function effectParts() {
    const business = (name: string, date: string, functionality: number, understanding: number) =>
        assessment(name, { service: 'S', date, assessors: ['Biz', 'Tech'], scores: { functionality, understanding } });
    return [
        stakeholder('Biz', 'business'),
        stakeholder('Tech', 'it'),
        need('N'),
        service('S', 'development', { addresses: ['N'] }),
        business('Before', '2010-01-01', 50, 80),
        business('After', '2010-09-01', 70, 100)
    ];
}

describe('alignment-unmeasured', () => {
    it('fires as info when there is no tbe before … after … and no measured effect', () => {
        const unmeasured = alignment('Unmeasured');
        const findings = findingsOf(workspace(unmeasured), 'alignment-unmeasured');
        expect(findings.map(f => [f.element, f.message, f.location, f.severity])).toEqual([
            [
                'Unmeasured',
                "Alignment 'Unmeasured' records no tbe before … after …, and no assessments of its services measure its effect",
                unmeasured.nameLocation,
                'info'
            ]
        ]);
    });

    it('does not fire when tbe is recorded, or when the assessments measure an effect', () => {
        expect(findingsOf(workspace(alignment('Measured', { tbe: [40, 60] })), 'alignment-unmeasured')).toEqual([]);
        const measuredOnly = alignment('MeasuredOnly', { aligns: [['N', ['S']]], responded: '2010-06-01' });
        expect(findingsOf(workspace(...effectParts(), measuredOnly), 'alignment-unmeasured')).toEqual([]);
        // Without a response day, nothing is measured: it fires.
        const planned = alignment('Planned', { aligns: [['N', ['S']]], decided: '2010-06-01' });
        expect(findingsOf(workspace(...effectParts(), planned), 'alignment-unmeasured').map(f => f.element)).toEqual(['Planned']);
    });
});

describe('effect-claim-mismatch', () => {
    const claiming = (before: number, after: number, common?: Parameters<typeof alignment>[2]) =>
        alignment('Fix', { aligns: [['N', ['S']]], responded: '2010-06-01', tbe: [before, after] }, common);

    it('fires on each claimed number more than the tolerance from the measured one, at that number', () => {
        const fix = claiming(29, 81);
        const findings = findingsOf(workspace(...effectParts(), fix), 'effect-claim-mismatch');
        expect(findings.map(f => [f.element, f.severity, f.location, f.message])).toEqual([
            [
                'Fix',
                'warning',
                fix.tbe?.beforeLocation,
                "Alignment 'Fix' claims tbe before 29, but the assessments of service 'S' measure 40 (tolerance 10, the default)"
            ],
            [
                'Fix',
                'warning',
                fix.tbe?.afterLocation,
                "Alignment 'Fix' claims tbe after 81, but the assessments of service 'S' measure 70 (tolerance 10, the default)"
            ]
        ]);
    });

    it('does not fire exactly at the tolerance, nor without a claim or a measurement', () => {
        expect(findingsOf(workspace(...effectParts(), claiming(30, 80)), 'effect-claim-mismatch')).toEqual([]);
        expect(findingsOf(workspace(...effectParts(), claiming(50, 60)), 'effect-claim-mismatch')).toEqual([]);
        const unclaimed = alignment('Fix', { aligns: [['N', ['S']]], responded: '2010-06-01' });
        expect(findingsOf(workspace(...effectParts(), unclaimed), 'effect-claim-mismatch')).toEqual([]);
        // Responded after every assessment: no after, no measurement, nothing to compare the claim with.
        const late = alignment('Late', { aligns: [['N', ['S']]], responded: '2010-10-01', tbe: [0, 100] });
        expect(findingsOf(workspace(...effectParts(), late), 'effect-claim-mismatch')).toEqual([]);
    });

    it('compares with the latest declared of same-day assessments before, and the earliest declared after', () => {
        const joint = (name: string, date: string, functionality: number) =>
            assessment(name, { service: 'S', date, assessors: ['Biz', 'Tech'], scores: { functionality, understanding: 100 } });
        // Before: Before (40), then A1 (60) and A2 (55) on the same day; after: B1 (90) and B2 (80) on the same day, then After (70).
        const sameDays = [joint('A1', '2010-05-01', 60), joint('A2', '2010-05-01', 55), joint('B1', '2010-07-01', 90), joint('B2', '2010-07-01', 80)];
        const findings = findingsOf(workspace(...effectParts(), ...sameDays, claiming(0, 0)), 'effect-claim-mismatch');
        expect(findings.map(f => f.message)).toEqual([
            "Alignment 'Fix' claims tbe before 0, but the assessments of service 'S' measure 55 (tolerance 10, the default)",
            "Alignment 'Fix' claims tbe after 0, but the assessments of service 'S' measure 90 (tolerance 10, the default)"
        ]);
    });

    it("uses the tolerance of the alignment's package, and is silenced by svc-ignore and by rule off", () => {
        expect(findingsOf(workspace(...effectParts(), claiming(29, 70), policy({ tolerance: 11 })), 'effect-claim-mismatch')).toEqual([]);
        expect(findingsOf(workspace(...effectParts(), claiming(29, 70), policy({ tolerance: 10.5 })), 'effect-claim-mismatch')).toHaveLength(1);
        expect(findingsOf(workspace(...effectParts(), claiming(0, 0, { ignore: ['effect-claim-mismatch'] })), 'effect-claim-mismatch')).toEqual([]);
        expect(findingsOf(workspace(...effectParts(), claiming(0, 0), policy({ rules: { 'effect-claim-mismatch': 'off' } })), 'effect-claim-mismatch')).toEqual(
            []
        );
    });
});

describe('response-late', () => {
    const triggers = () => [
        need('Aligned', { raised: '2010-03-01' }),
        change('Shift', { date: '2010-02-01' }),
        assessment('Review', { date: '2010-02-15' }),
        need('GapNeed', { raised: '2010-01-20' }),
        gap('Shortfall', { need: 'GapNeed' })
    ];

    it('measures to the slowest trigger it is the first response to: here the raised date of the need of a gap responded to', () => {
        // 2010-01-20 + 90 days = 2010-04-20.
        const late = alignment('Late', { respondsTo: ['Shift', 'Review', 'Shortfall'], aligns: [['Aligned', []]], responded: '2010-04-21' });
        const findings = findingsOf(workspace(...triggers(), late), 'response-late');
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ element: 'Late', severity: 'warning' });
        expect(findings[0]?.message).toBe(
            "Alignment 'Late' responded on 2010-04-21, 91 days after need 'GapNeed' of gap 'Shortfall' was raised on 2010-01-20 (maxResponseDays 90, the default)"
        );
        expect(findings[0]?.location).toEqual(late.responded?.location);
    });

    it('does not fire at exactly maxResponseDays', () => {
        const onTime = alignment('OnTime', { respondsTo: ['Shift', 'Review', 'Shortfall'], aligns: [['Aligned', []]], responded: '2010-04-20' });
        expect(findingsOf(workspace(...triggers(), onTime), 'response-late')).toEqual([]);
    });

    it('names a change, an assessment or an aligned need when that is the earliest', () => {
        const messages = (respondsTo: string[], aligns: [string, string[]][]) =>
            findingsOf(workspace(...triggers(), alignment('A', { respondsTo, aligns, responded: '2011-01-01' })), 'response-late').map(f => f.message);
        expect(messages(['Shift', 'Review'], [])).toEqual([
            "Alignment 'A' responded on 2011-01-01, 334 days after change 'Shift' on 2010-02-01 (maxResponseDays 90, the default)"
        ]);
        expect(messages(['Review'], [['Aligned', []]])).toEqual([
            "Alignment 'A' responded on 2011-01-01, 320 days after assessment 'Review' on 2010-02-15 (maxResponseDays 90, the default)"
        ]);
        expect(messages([], [['Aligned', []]])).toEqual([
            "Alignment 'A' responded on 2011-01-01, 306 days after need 'Aligned' was raised on 2010-03-01 (maxResponseDays 90, the default)"
        ]);
    });

    it('uses maxResponseDays from the policy', () => {
        // 2010-02-01 + 79 days = 2010-04-21.
        const respond = (responded: string) =>
            findingsOf(
                workspace(change('Shift', { date: '2010-02-01' }), alignment('A', { respondsTo: ['Shift'], responded }), policy({ maxResponseDays: 79 })),
                'response-late'
            );
        expect(respond('2010-04-21')).toEqual([]);
        const [late, ...more] = respond('2010-04-22').map(f => f.message);
        expect(more).toEqual([]);
        expect(late).toMatch(
            /^Alignment 'A' responded on 2010-04-22, 80 days after change 'Shift' on 2010-02-01 \(maxResponseDays 79 from the root policy at main\.svc:\d+\)$/
        );
    });

    it('does not fire without a responded date or without a dated trigger', () => {
        const model = workspace(
            ...triggers(),
            alignment('Undated', { respondsTo: ['Shift'] }),
            alignment('NothingDated', { respondsTo: [unresolved('X')], aligns: [['Undated', []]], responded: '2010-12-01' })
        );
        expect(findingsOf(model, 'response-late')).toEqual([]);
    });

    it('never fires on re-aligning a need that an earlier response already answered', () => {
        const first = alignment('First', { aligns: [['Aligned', []]], responded: '2010-04-01' });
        const again = alignment('Again', { aligns: [['Aligned', []]], responded: '2010-12-01' });
        expect(findingsOf(workspace(...triggers(), first, again), 'response-late')).toEqual([]);
        // Without the first response, the re-alignment is the first response, and late.
        expect(findingsOf(workspace(...triggers(), again), 'response-late').map(f => f.element)).toEqual(['Again']);
    });

    it('counts a gap response as the first response to its need, so a later alignment of the need is not late', () => {
        const viaGap = alignment('ViaGap', { respondsTo: ['Shortfall'], responded: '2010-02-01' });
        const aligning = alignment('Aligning', { aligns: [['GapNeed', []]], responded: '2010-12-01' });
        expect(findingsOf(workspace(...triggers(), viaGap, aligning), 'response-late')).toEqual([]);
    });

    it('names the slowest trigger it first answers, skipping those answered before', () => {
        const shiftFirst = alignment('ShiftFirst', { respondsTo: ['Shift'], responded: '2010-03-01' });
        const late = alignment('Late', { respondsTo: ['Shift', 'Review'], aligns: [['Aligned', []]], responded: '2010-07-01' });
        // Shift (2010-02-01, 150 days) was answered by ShiftFirst; Review (2010-02-15) is the slowest left: 136 days.
        expect(findingsOf(workspace(...triggers(), shiftFirst, late), 'response-late').map(f => f.message)).toEqual([
            "Alignment 'Late' responded on 2010-07-01, 136 days after assessment 'Review' on 2010-02-15 (maxResponseDays 90, the default)"
        ]);
    });

    it('does not count a planned alignment, nor one responding after asOf, as a response', () => {
        const planned = alignment('Planned', { aligns: [['Aligned', []]], decided: '2010-03-15' });
        const future = alignment('Future', { respondsTo: ['Shift'], responded: '2011-06-01' });
        expect(findingsOf(workspace(...triggers(), planned, future), 'response-late')).toEqual([]);
        // A planned alignment answers nothing: the later response is still the first, and late.
        const late = alignment('Late', { aligns: [['Aligned', []]], responded: '2010-12-01' });
        expect(findingsOf(workspace(...triggers(), planned, late), 'response-late').map(f => f.element)).toEqual(['Late']);
    });

    it('is silenced by svc-ignore and by a policy switching it off', () => {
        const late = (common?: Parameters<typeof alignment>[2]) => alignment('Late', { respondsTo: ['Shift'], responded: '2010-12-01' }, common);
        expect(findingsOf(workspace(...triggers(), late({ ignore: ['response-late'] })), 'response-late')).toEqual([]);
        expect(findingsOf(workspace(...triggers(), late(), policy({ rules: { 'response-late': 'off' } })), 'response-late')).toEqual([]);
    });
});

describe('dates-out-of-order', () => {
    const answered = () => [need('N', { raised: '2010-03-01' }), change('C', { date: '2010-02-01' }), assessment('Review', { date: '2010-04-01' })];

    it('fires on decided after responded, at decided', () => {
        const swapped = alignment('Swapped', { decided: '2010-06-02', responded: '2010-06-01' });
        expect(findingsOf(workspace(swapped), 'dates-out-of-order').map(f => [f.element, f.severity, f.location, f.message])).toEqual([
            ['Swapped', 'error', swapped.decided?.location, "Alignment 'Swapped' was decided on 2010-06-02, after it responded on 2010-06-01"]
        ]);
    });

    it('fires on decided and on responded before the latest event answered, at each own date, naming that event', () => {
        const early = alignment('Early', { respondsTo: ['C', 'Review'], aligns: [['N', []]], decided: '2010-01-15', responded: '2010-03-15' });
        const findings = findingsOf(workspace(...answered(), early), 'dates-out-of-order');
        expect(findings.map(f => [f.location, f.message])).toEqual([
            [early.decided?.location, "Alignment 'Early' was decided on 2010-01-15, before assessment 'Review' on 2010-04-01"],
            [early.responded?.location, "Alignment 'Early' responded on 2010-03-15, before assessment 'Review' on 2010-04-01"]
        ]);
    });

    it('names both reasons in one finding when decided is after responded and before an event', () => {
        const both = alignment('Both', { aligns: [['N', []]], decided: '2010-02-15', responded: '2010-02-10' });
        expect(findingsOf(workspace(...answered(), both), 'dates-out-of-order').map(f => f.message)).toEqual([
            "Alignment 'Both' was decided on 2010-02-15, after it responded on 2010-02-10, and before need 'N' was raised on 2010-03-01",
            "Alignment 'Both' responded on 2010-02-10, before need 'N' was raised on 2010-03-01"
        ]);
    });

    it('reads the need of a gap responded to, and fires on a planned alignment decided too early', () => {
        const planned = alignment('Planned', { respondsTo: ['G'], decided: '2010-02-28' });
        const model = workspace(...answered(), gap('G', { need: 'N' }), planned);
        expect(findingsOf(model, 'dates-out-of-order').map(f => [f.location, f.message])).toEqual([
            [planned.decided?.location, "Alignment 'Planned' was decided on 2010-02-28, before need 'N' of gap 'G' was raised on 2010-03-01"]
        ]);
    });

    it('does not fire on the same day, in order, or on undated events, and never on the other declaration', () => {
        const sameDay = alignment('SameDay', { respondsTo: ['C', 'Review'], aligns: [['N', []]], decided: '2010-04-01', responded: '2010-04-01' });
        const undated = alignment('Undated', { respondsTo: ['U'], decided: '2009-01-01', responded: '2009-01-02' });
        const findings = findingsOf(workspace(...answered(), change('U'), sameDay, undated), 'dates-out-of-order');
        expect(findings).toEqual([]);
        const early = alignment('Early', { aligns: [['N', []]], responded: '2010-01-01' });
        expect(findingsOf(workspace(...answered(), early), 'dates-out-of-order').map(f => f.element)).toEqual(['Early']);
    });

    it('is silenced by svc-ignore and by a policy switching it off', () => {
        const swapped = (common?: Parameters<typeof alignment>[2]) => alignment('Swapped', { decided: '2010-06-02', responded: '2010-06-01' }, common);
        expect(findingsOf(workspace(swapped({ ignore: ['dates-out-of-order'] })), 'dates-out-of-order')).toEqual([]);
        expect(findingsOf(workspace(swapped(), policy({ rules: { 'dates-out-of-order': 'off' } })), 'dates-out-of-order')).toEqual([]);
    });
});
