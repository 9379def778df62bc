import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseCount, parseDate, parsePoints, parseRules } from '../src/options.js';

describe('option values', () => {
    it('takes whole non-negative counts only', () => {
        expect(parseCount('0')).toBe(0);
        expect(parseCount('12')).toBe(12);
        for (const bad of ['-1', '1.5', 'ten', '']) {
            expect(() => parseCount(bad)).toThrow(InvalidArgumentError);
        }
    });

    it('takes non-negative points, decimals included', () => {
        expect(parsePoints('7.5')).toBe(7.5);
        expect(() => parsePoints('-3')).toThrow(InvalidArgumentError);
    });

    it('takes real calendar dates only', () => {
        expect(parseDate('2012-02-29')).toBe('2012-02-29');
        expect(() => parseDate('2011-02-29')).toThrow('not a calendar date');
        expect(() => parseDate('2011-2-1')).toThrow('YYYY-MM-DD');
    });

    it('accumulates rule settings, repeated or comma-separated', () => {
        const first = parseRules('spec-unsigned=error');
        expect(parseRules('alignment-unmeasured=off, need-stale=info', first)).toEqual({
            'spec-unsigned': 'error',
            'alignment-unmeasured': 'off',
            'need-stale': 'info'
        });
    });

    it('rejects unknown rules and severities', () => {
        expect(() => parseRules('no-such-rule=off')).toThrow("unknown rule 'no-such-rule'");
        expect(() => parseRules('spec-unsigned=fatal')).toThrow('expected id=error|warning|info|off');
        expect(() => parseRules('spec-unsigned')).toThrow(InvalidArgumentError);
    });
});
