import { describe, expect, it } from 'vitest';
import { overridesFromSettings } from '../src/lsp/policy-settings.js';

describe('editor policy settings', () => {
    it('turns svc.policy settings into analysis overrides', () => {
        expect(
            overridesFromSettings({ asOf: '2011-01-01', tolerance: 5, maxResponseDays: 30, rules: { 'spec-unsigned': 'off', 'need-uncovered': 'warning' } })
        ).toEqual({
            asOf: '2011-01-01',
            tolerance: 5,
            maxResponseDays: 30,
            rules: { 'spec-unsigned': 'off', 'need-uncovered': 'warning' }
        });
    });

    it('ignores missing and malformed values instead of guessing', () => {
        expect(overridesFromSettings(undefined)).toEqual({});
        expect(overridesFromSettings({ asOf: '', tolerance: null, maxResponseDays: 1.5, rules: { 'no-such-rule': 'off', 'spec-unsigned': 'loud' } })).toEqual(
            {}
        );
        expect(overridesFromSettings({ tolerance: -1, rules: 'spec-unsigned=off' })).toEqual({});
    });
});
