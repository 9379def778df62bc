import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { RuleInfo, Severity } from '@svc/core';
import { reportEntries, type FormatContext, type Formatter, type ReportEntry } from './report.js';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0 for code-scanning services: every rule of the catalogue, one result per finding. */
export const formatSarif: Formatter = (findings, _summary, context) => {
    const ruleIndex = new Map(context.rules.map((info, index) => [info.id, index]));
    const fingerprint = fingerprinter();
    const results = reportEntries(findings, context.cwd).map(entry => result(entry, ruleIndex, fingerprint(entry)));
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{ tool: { driver: driver(context) }, originalUriBaseIds: srcRoot(context.cwd), columnKind: 'utf16CodeUnits', results }]
    };
    return JSON.stringify(log, null, 2);
};

function driver(context: FormatContext) {
    return { name: 'svc', version: context.version, rules: context.rules.map(descriptor) };
}

function descriptor(info: RuleInfo) {
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
        artifactLocation: { uri: entry.file, uriBaseId: '%SRCROOT%' },
        region: { startLine: entry.line, startColumn: entry.column, endLine: entry.endLine, endColumn: entry.endColumn }
    };
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
