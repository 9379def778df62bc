import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '@svc-lang/core';
import { formatSarif, SARIF_MAX_RESULTS, sarifTruncation } from '../src/format/sarif.js';
import { context, CWD, finding, FINDINGS, SUMMARY } from './findings.js';
import { sarifErrors } from './sarif-schema.js';

/** The log for the findings, checked against the schema: every log these tests see is valid SARIF. */
function sarif(findings = FINDINGS) {
    const log = JSON.parse(formatSarif(findings, SUMMARY, context({ rules: RULES })));
    expect(sarifErrors(log)).toEqual([]);
    return log;
}

describe('sarif format', () => {
    it('is valid SARIF 2.1.0', () => {
        const log = sarif();
        expect(sarifErrors(log)).toEqual([]);
        expect(log.version).toBe('2.1.0');
        expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    });

    it('is checked by a schema that does reject invalid SARIF', () => {
        const log = sarif();
        log.runs[0].results[0].level = 'info';
        expect(sarifErrors(log)).not.toEqual([]);
    });

    it('lists every rule of the catalogue with its description and default level', () => {
        const driver = sarif().runs[0].tool.driver;
        expect(driver).toMatchObject({ name: 'svc', version: '9.9.9' });
        const level = { error: 'error', warning: 'warning', info: 'note' };
        expect(driver.rules).toEqual(
            RULES.map(rule => ({ id: rule.id, shortDescription: { text: rule.description }, defaultConfiguration: { level: level[rule.defaultSeverity] } }))
        );
        expect(driver.rules.find((rule: { id: string }) => rule.id === 'alignment-unmeasured').defaultConfiguration.level).toBe('note');
    });

    it('places each result relative to %SRCROOT% with 1-based positions', () => {
        const run = sarif().runs[0];
        expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///ws/');
        const warning = run.results[3];
        expect(warning).toMatchObject({
            ruleId: 'service-unmanaged',
            ruleIndex: RULES.findIndex(rule => rule.id === 'service-unmanaged'),
            level: 'warning',
            message: { text: 'No service-management service manages Hosting.' }
        });
        expect(warning.locations[0].physicalLocation).toEqual({
            artifactLocation: { uri: 'specs/b.svc', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 5 }
        });
        expect(run.results[2].level).toBe('note');
    });

    it('percent-encodes file names, so that each URI is valid and names that file, whatever the name holds', () => {
        const names = ['my specs/a b.svc', 'ünïcödé/naïve.svc', '100%.svc', 'a#b.svc', 'what?.svc', '%41.svc', 'x:y.svc', 'dir/[1] (2).svc'];
        const log = sarif(names.map(name => finding(name, 0, 0, 'error', 'syntax', 'x')));
        expect(sarifErrors(log)).toEqual([]);
        const base = log.runs[0].originalUriBaseIds['%SRCROOT%'].uri;
        const located = log.runs[0].results.map(
            (r: { locations: [{ physicalLocation: { artifactLocation: { uri: string } } }] }) => r.locations[0].physicalLocation.artifactLocation.uri
        );
        expect(located.map((uri: string) => fileURLToPath(new URL(uri, base)))).toEqual([...names].sort().map(name => path.join(CWD, name)));
    });

    it('fingerprints what a result is about, not where it is', () => {
        const fingerprints = (findings = FINDINGS) =>
            sarif(findings).runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['svc/v1']);
        const moved = FINDINGS.map(f => ({
            ...f,
            location: { ...f.location, range: { start: { line: f.location.range.start.line + 7, character: 0 }, end: { line: 99, character: 1 } } }
        }));
        expect(fingerprints(moved)).toEqual(fingerprints());
        expect(fingerprints()[0]).toMatch(/^[0-9a-f]{64}$/);
        expect(new Set(fingerprints()).size).toBe(FINDINGS.length);
    });

    it('tells identical findings in one file apart', () => {
        const twice = [finding('a.svc', 1, 0, 'error', 'syntax', 'Unexpected }'), finding('a.svc', 5, 0, 'error', 'syntax', 'Unexpected }')];
        const [first, second] = sarif(twice).runs[0].results;
        expect(first.partialFingerprints['svc/v1']).not.toBe(second.partialFingerprints['svc/v1']);
    });

    it(`keeps the ${SARIF_MAX_RESULTS} most severe of more results, in report order, and says so in the run`, () => {
        // Warnings first in the file, then errors: truncating by position would drop every error.
        const warnings = Array.from({ length: SARIF_MAX_RESULTS }, (_, i) => finding('a.svc', i, 0, 'warning', 'service-unmanaged', `W${i}`));
        const errors = Array.from({ length: 10 }, (_, i) => finding('a.svc', SARIF_MAX_RESULTS + i, 0, 'error', 'need-uncovered', `E${i}`));
        const log = sarif([...warnings, ...errors]);
        expect(sarifErrors(log)).toEqual([]);
        const run = log.runs[0];
        expect(run.results).toHaveLength(SARIF_MAX_RESULTS);
        expect(run.results.filter((r: { level: string }) => r.level === 'error')).toHaveLength(10);
        expect(run.results.at(-1).message.text).toBe('E9');
        expect(run.results.at(-11).message.text).toBe(`W${SARIF_MAX_RESULTS - 11}`);
        expect(run.invocations).toEqual([
            { executionSuccessful: true, toolExecutionNotifications: [{ level: 'warning', message: { text: sarifTruncation(SARIF_MAX_RESULTS + 10) } }] }
        ]);
        expect(sarifTruncation(SARIF_MAX_RESULTS + 10)).toBe(
            '5010 results, but GitHub code scanning keeps at most 5000 per run: only the 5000 most severe are included.'
        );
    });

    it('gives a kept result the fingerprint it has in the untruncated report', () => {
        // Identical findings are told apart by occurrence: dropping the first (the info) must not renumber the rest.
        const many = Array.from({ length: SARIF_MAX_RESULTS + 1 }, (_, i) => finding('a.svc', i, 0, i === 0 ? 'info' : 'warning', 'syntax', 'Same'));
        const fingerprints = (findings: typeof many): string[] =>
            sarif(findings).runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['svc/v1']);
        const untruncated = fingerprints(many.slice(0, SARIF_MAX_RESULTS));
        expect(fingerprints(many).slice(0, -1)).toEqual(untruncated.slice(1));
        expect(sarif(many.slice(0, SARIF_MAX_RESULTS)).runs[0].invocations).toBeUndefined();
    });
});
