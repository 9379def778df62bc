import { InvalidArgumentError } from 'commander';
import { isRuleId, type SeveritySetting } from '@svc/core';

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
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) {
        throw new InvalidArgumentError('expected a date as YYYY-MM-DD.');
    }
    // Date.UTC rolls 2010-02-30 over into March; only a real calendar date survives the round trip.
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    if (date.toISOString().slice(0, 10) !== value) {
        throw new InvalidArgumentError(`${value} is not a calendar date.`);
    }
    return value;
}

/** Accumulates `--rule id=severity` (repeatable, or comma-separated) into one map. */
export function parseRules(value: string, previous: Record<string, SeveritySetting> = {}): Record<string, SeveritySetting> {
    const rules = { ...previous };
    for (const setting of value.split(',')) {
        const [id, severity] = parseRule(setting.trim());
        rules[id] = severity;
    }
    return rules;
}

function parseRule(setting: string): [string, SeveritySetting] {
    const [id = '', severity = '', ...rest] = setting.split('=');
    if (rest.length > 0 || !SEVERITIES.includes(severity as SeveritySetting)) {
        throw new InvalidArgumentError(`expected id=${SEVERITIES.join('|')}, got '${setting}'.`);
    }
    if (!isRuleId(id)) {
        throw new InvalidArgumentError(`unknown rule '${id}'.`);
    }
    return [id, severity as SeveritySetting];
}
