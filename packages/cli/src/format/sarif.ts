import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RuleDefinition, Severity } from '@svc-lang/core';
import { reportEntries, type FormatContext, type Formatter, type ReportEntry } from './report.js';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

/** GitHub code scanning keeps only the top 5,000 results of a run, by severity. */
export const SARIF_MAX_RESULTS = 5000;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * SARIF 2.1.0 for code-scanning services: every rule of the catalogue, one result per finding,
 * except that past {@link SARIF_MAX_RESULTS} it keeps the most severe ones, as GitHub would, and
 * says so in a tool notification rather than letting results vanish silently.
 */
export const formatSarif: Formatter = (findings, _summary, context) => {
    const ruleIndex = new Map(context.rules.map((info, index) => [info.id, index]));
    const fingerprint = fingerprinter();
    // Fingerprints count occurrences in report order, so they are taken before any truncation.
    const entries = reportEntries(findings, context.cwd).map(entry => ({ entry, fingerprint: fingerprint(entry) }));
    const kept = entries.length > SARIF_MAX_RESULTS ? mostSevere(entries) : entries;
    const results = kept.map(({ entry, fingerprint }) => result(entry, ruleIndex, fingerprint));
    const truncation = sarifTruncation(entries.length);
    const run = {
        tool: { driver: driver(context) },
        ...(truncation === undefined
            ? {}
            : { invocations: [{ executionSuccessful: true, toolExecutionNotifications: [{ level: 'warning', message: { text: truncation } }] }] }),
        originalUriBaseIds: srcRoot(context.cwd),
        columnKind: 'utf16CodeUnits',
        results
    };
    const log = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
    return JSON.stringify(log, null, 2);
};

/** What to tell the user when a run has more results than SARIF output keeps; else undefined. */
export function sarifTruncation(results: number): string | undefined {
    return results > SARIF_MAX_RESULTS
        ? `${results} results, but GitHub code scanning keeps at most ${SARIF_MAX_RESULTS} per run: only the ${SARIF_MAX_RESULTS} most severe are included.`
        : undefined;
}

function mostSevere<T extends { entry: ReportEntry }>(entries: T[]): T[] {
    // A stable sort by severity keeps report order within each severity; then back to report order.
    const kept = new Set([...entries].sort((a, b) => RANK[a.entry.finding.severity] - RANK[b.entry.finding.severity]).slice(0, SARIF_MAX_RESULTS));
    return entries.filter(entry => kept.has(entry));
}

function driver(context: FormatContext) {
    return { name: 'svc', version: context.version, rules: context.rules.map(descriptor) };
}

function descriptor(info: RuleDefinition) {
    return { id: info.id, shortDescription: { text: info.description }, defaultConfiguration: { level: LEVEL[info.defaultSeverity] } };
}

function srcRoot(cwd: string) {
    // SARIF requires a base URI to end with '/' so that relative artifact URIs resolve beneath it.
    const uri = pathToFileURL(cwd).href;
    return { '%SRCROOT%': { uri: uri.endsWith('/') ? uri : `${uri}/` } };
}

function result(entry: ReportEntry, ruleIndex: Map<string, number>, fingerprint: string) {
    const { rule, severity, message } = entry.finding;
    const index = ruleIndex.get(rule);
    return {
        ruleId: rule,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: LEVEL[severity],
        message: { text: message },
        locations: [{ physicalLocation: physicalLocation(entry) }],
        partialFingerprints: { 'svc/v1': fingerprint }
    };
}

function physicalLocation(entry: ReportEntry) {
    return {
        artifactLocation: artifactLocation(entry),
        region: { startLine: entry.line, startColumn: entry.column, endLine: entry.endLine, endColumn: entry.endColumn }
    };
}

/**
 * Where a result is, as a URI reference: the path relative to %SRCROOT% with each segment
 * percent-encoded, so that a space or a non-ASCII letter cannot make the log invalid, nor a `%`,
 * `#` or `?` in a file name make it name another file. A path on another drive than cwd (Windows)
 * is a file URI of its own; a document that is not a file keeps its URI.
 */
function artifactLocation(entry: ReportEntry) {
    if (!entry.finding.location.uri.startsWith('file:')) return { uri: entry.finding.location.uri };
    if (path.isAbsolute(entry.file)) return { uri: pathToFileURL(entry.file).href };
    return { uri: entry.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/**
 * Fingerprints identify a result across runs, so they hash what it is about (rule, file, element,
 * message) and never where it is: editing lines above it must not make it look new. Identical
 * findings in one file are told apart by their order of occurrence.
 */
function fingerprinter(): (entry: ReportEntry) => string {
    const seen = new Map<string, number>();
    return entry => {
        const { rule, element, message } = entry.finding;
        const key = [rule, entry.file, element ?? '', message].join('\u0000');
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        return createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex');
    };
}
