import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, RuleId, Severity } from '@svc-lang/core';
import type { FormatContext, Summary } from '../src/format/report.js';

/** Hand-made findings for the formatter tests, in a workspace at /ws. */
export const CWD = path.resolve('/ws');

export function finding(file: string, line: number, character: number, severity: Severity, rule: RuleId, message: string, element?: string): Finding {
    const range = { start: { line, character }, end: { line, character: character + 4 } };
    const base = { rule, message, severity, location: { uri: pathToFileURL(path.join(CWD, file)).href, range } };
    return element === undefined ? base : { ...base, element };
}

/** Deliberately out of report order, to show each formatter sorts. */
export const FINDINGS: Finding[] = [
    finding('specs/b.svc', 2, 0, 'warning', 'service-unmanaged', 'No service-management service manages Hosting.', 'acme.Hosting'),
    finding('a.svc', 4, 9, 'info', 'alignment-unmeasured', 'Realign records no tbe before … after ….', 'Realign'),
    finding('a.svc', 0, 5, 'error', 'need-uncovered', 'No service covers need N.', 'N'),
    finding('a.svc', 0, 5, 'error', 'duplicate-name', 'N is declared twice.', 'N')
];

export const SUMMARY: Summary = { files: 3, errors: 2, warnings: 1, infos: 1 };

export function context(extra: Partial<FormatContext> = {}): FormatContext {
    return { cwd: CWD, rules: [], version: '9.9.9', ...extra };
}
