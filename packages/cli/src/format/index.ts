import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import type { Formatter } from './report.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export const FORMATTERS = {
    text: formatText,
    json: formatJson,
    sarif: formatSarif,
    github: formatGithub
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;

export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];
