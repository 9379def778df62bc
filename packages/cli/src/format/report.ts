import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding, Indicators, RuleDefinition, Severity } from '@svc-lang/core';
import type { Titles } from './indicators.js';

/** What a run found, counted after --quiet has dropped what it drops. */
export interface Summary {
    files: number;
    errors: number;
    warnings: number;
    infos: number;
}

export interface FormatContext {
    /** Paths in reports are relative to this folder. */
    cwd: string;
    rules: readonly RuleDefinition[];
    /** The svc version, for the SARIF tool record. */
    version: string;
    /** Present when the report should carry them (always for json; for text only with --indicators). */
    indicators?: Indicators;
    /** Titles to show beside qualified names in the text report's indicators. */
    titles?: Titles;
    /** Whether the text report may use ANSI colour. */
    colour?: boolean;
}

export type Formatter = (findings: readonly Finding[], summary: Summary, context: FormatContext) => string;

/** A finding placed for people: a path relative to cwd with `/`, 1-based positions, end column exclusive. */
export interface ReportEntry {
    finding: Finding;
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}

export function summarise(findings: readonly Finding[], files: number): Summary {
    const count = (severity: Severity) => findings.filter(finding => finding.severity === severity).length;
    return { files, errors: count('error'), warnings: count('warning'), infos: count('info') };
}

/** Entries in report order: path, line, column, rule. */
export function reportEntries(findings: readonly Finding[], cwd: string): ReportEntry[] {
    return findings.map(finding => toEntry(finding, cwd)).sort(compareEntries);
}

export function relativePath(uri: string, cwd: string): string {
    // Only file URIs name something on disk; anything else is shown as written.
    if (!uri.startsWith('file:')) {
        return uri;
    }
    return path.relative(cwd, fileURLToPath(uri)).split(path.sep).join('/');
}

function toEntry(finding: Finding, cwd: string): ReportEntry {
    const { start, end } = finding.location.range;
    return {
        finding,
        file: relativePath(finding.location.uri, cwd),
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1
    };
}

function compareEntries(a: ReportEntry, b: ReportEntry): number {
    return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.finding.rule, b.finding.rule);
}

/** Code-unit order, not locale order, so reports are identical on every machine. */
function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
