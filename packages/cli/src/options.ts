import { InvalidArgumentError } from 'commander';
import { isCalendarDate, isRuleId, type RuleId, type RuleSeverities, type SeveritySetting } from '@svc-lang/core';

/**
 * Parsers for option values. Each throws commander's InvalidArgumentError, which commander turns
 * into a usage error naming the option, so a bad value never reaches the analysis.
 */

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off'];

export function parseCount(value: string): number {
    if (!/^\d+$/.test(value)) {
        throw new InvalidArgumentError('expected a whole number, 0 or more.');
    }
    return Number(value);
}

export function parsePoints(value: string): number {
    if (!/^\d+(\.\d+)?$/.test(value)) {
        throw new InvalidArgumentError('expected a number of points, 0 or more.');
    }
    return Number(value);
}

export function parseDate(value: string): string {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        throw new InvalidArgumentError('expected a date as YYYY-MM-DD.');
    }
    if (!isCalendarDate(value)) {
        throw new InvalidArgumentError(`${value} is not a calendar date.`);
    }
    return value;
}

/** Accumulates the values of a repeatable option, in the order given. */
export function parseRepeated(value: string, previous: string[] = []): string[] {
    return [...previous, value];
}

/** Accumulates `--rule id=severity` (repeatable, or comma-separated) into one map. */
export function parseRules(value: string, previous: RuleSeverities = {}): RuleSeverities {
    const rules = { ...previous };
    for (const setting of value.split(',')) {
        const [id, severity] = parseRule(setting.trim());
        rules[id] = severity;
    }
    return rules;
}

function parseRule(setting: string): [RuleId, SeveritySetting] {
    const [id = '', severity = '', ...rest] = setting.split('=');
    if (rest.length > 0 || !SEVERITIES.includes(severity as SeveritySetting)) {
        throw new InvalidArgumentError(`expected id=${SEVERITIES.join('|')}, got '${setting}'.`);
    }
    if (!isRuleId(id)) {
        throw new InvalidArgumentError(`unknown rule '${id}'.`);
    }
    return [id, severity as SeveritySetting];
}
