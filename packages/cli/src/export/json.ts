import type { WorkspaceValidation } from '@svc-lang/language';
import { diagnostic } from '../format/json.js';
import { relativePath, reportEntries } from '../format/report.js';

/** Bumped when a consumer's reading of the export would break. */
const EXPORT_VERSION = 1;

/**
 * The workspace as data for other tools: the model of each document (the built-in property
 * catalogue left out: it is the same in every workspace, and references to it are qualified
 * names anyway), the findings as `svc validate --format json` lists them, and the indicators.
 * Object keys are sorted at every depth and URIs become paths relative to cwd, so the same
 * workspace gives the same bytes on any machine, and a diff shows only what changed.
 */
export function exportJson(validation: WorkspaceValidation, cwd: string): string {
    const document = {
        format: 'svc-export',
        version: EXPORT_VERSION,
        documents: validation.model.documents.filter(doc => !doc.builtin),
        diagnostics: reportEntries(validation.findings, cwd).map(diagnostic),
        indicators: validation.indicators
    };
    return `${JSON.stringify(normalise(document, cwd), null, 2)}\n`;
}

function normalise(value: unknown, cwd: string, key?: string): unknown {
    if (Array.isArray(value)) return value.map(item => normalise(item, cwd));
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return Object.fromEntries(entries.map(([name, item]) => [name, normalise(item, cwd, name)]));
    }
    return key === 'uri' && typeof value === 'string' ? relativePath(value, cwd) : value;
}
