import { describe, expect, it } from 'vitest';
import {
    alignment,
    assessment,
    change,
    findingsOf,
    gap,
    healthy,
    need,
    policy,
    stakeholder,
    unresolved,
    workspace
} from './builders.js';

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

describe('alignment-unmeasured', () => {
    it('fires as info when there is no tbe before … after …', () => {
        const unmeasured = alignment('Unmeasured');
        const findings = findingsOf(workspace(unmeasured), 'alignment-unmeasured');
        expect(findings.map(f => [f.element, f.message, f.location, f.severity])).toEqual([
            ['Unmeasured', "Alignment 'Unmeasured' records no tbe before … after …", unmeasured.nameLocation, 'info']
        ]);
    });

    it('does not fire when tbe is recorded', () => {
        expect(findingsOf(workspace(alignment('Measured', { tbe: [40, 60] })), 'alignment-unmeasured')).toEqual([]);
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

    it('measures from the earliest trigger: here the raised date of the need of a gap responded to', () => {
        // 2010-01-20 + 90 days = 2010-04-20.
        const late = alignment('Late', { respondsTo: ['Shift', 'Review', 'Shortfall'], aligns: [['Aligned', []]], responded: '2010-04-21' });
        const findings = findingsOf(workspace(...triggers(), late), 'response-late');
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ element: 'Late', severity: 'warning' });
        expect(findings[0].message).toBe(
            "Alignment 'Late' responded on 2010-04-21, 91 days after need 'GapNeed' of gap 'Shortfall' was raised on 2010-01-20 (maxResponseDays 90)"
        );
        expect(findings[0].location).toEqual(late.responded?.location);
    });

    it('does not fire at exactly maxResponseDays', () => {
        const onTime = alignment('OnTime', { respondsTo: ['Shift', 'Review', 'Shortfall'], aligns: [['Aligned', []]], responded: '2010-04-20' });
        expect(findingsOf(workspace(...triggers(), onTime), 'response-late')).toEqual([]);
    });

    it('names a change, an assessment or an aligned need when that is the earliest', () => {
        const messages = (respondsTo: string[], aligns: [string, string[]][]) =>
            findingsOf(workspace(...triggers(), alignment('A', { respondsTo, aligns, responded: '2011-01-01' })), 'response-late').map(f => f.message);
        expect(messages(['Shift', 'Review'], [])).toEqual(["Alignment 'A' responded on 2011-01-01, 334 days after change 'Shift' on 2010-02-01 (maxResponseDays 90)"]);
        expect(messages(['Review'], [['Aligned', []]])).toEqual([
            "Alignment 'A' responded on 2011-01-01, 320 days after assessment 'Review' on 2010-02-15 (maxResponseDays 90)"
        ]);
        expect(messages([], [['Aligned', []]])).toEqual([
            "Alignment 'A' responded on 2011-01-01, 306 days after need 'Aligned' was raised on 2010-03-01 (maxResponseDays 90)"
        ]);
    });

    it('uses maxResponseDays from the policy', () => {
        // 2010-02-01 + 79 days = 2010-04-21.
        const respond = (responded: string) =>
            findingsOf(workspace(change('Shift', { date: '2010-02-01' }), alignment('A', { respondsTo: ['Shift'], responded }), policy({ maxResponseDays: 79 })), 'response-late');
        expect(respond('2010-04-21')).toEqual([]);
        expect(respond('2010-04-22').map(f => f.message)).toEqual([
            "Alignment 'A' responded on 2010-04-22, 80 days after change 'Shift' on 2010-02-01 (maxResponseDays 79)"
        ]);
    });

    it('does not fire without a responded date or without a dated trigger', () => {
        const model = workspace(
            ...triggers(),
            alignment('Undated', { respondsTo: ['Shift'] }),
            alignment('NothingDated', { respondsTo: [unresolved('X')], aligns: [['Undated', []]], responded: '2012-01-01' })
        );
        expect(findingsOf(model, 'response-late')).toEqual([]);
    });
});
