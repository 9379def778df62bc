import * as path from 'node:path';
import { RULES, type AnalysisOptions, type Finding, type RuleSeverities } from '@svc-lang/core';
import { todayIso, validateFiles } from '@svc-lang/language';
import { collectWorkspace } from './collect.js';
import { EXIT_OK, EXIT_PROBLEMS, InternalFailures, writeLine } from './errors.js';
import { FORMATTERS, type FormatName } from './format/index.js';
import { declarationTitles } from './format/indicators.js';
import { writeFile } from './output-files.js';
import { sarifTruncation } from './format/sarif.js';
import { summarise, type FormatContext, type Summary } from './format/report.js';
import { startProgress } from './progress.js';

export interface ValidateOptions {
    format: FormatName;
    maxWarnings?: number;
    asOf?: string;
    tolerance?: number;
    maxResponseDays?: number;
    rule?: RuleSeverities;
    quiet?: boolean;
    indicators?: boolean;
    output?: string;
    allowEmpty?: boolean;
}

/** `svc validate`: all the .svc files under the paths, as one workspace. Returns the exit code. */
export async function runValidate(paths: string[], options: ValidateOptions, version: string): Promise<number> {
    const cwd = process.cwd();
    const files = collectWorkspace(paths, cwd, options.allowEmpty);
    const progress = startProgress(process.stderr);
    const validation = await validateFiles(files, analysisOptions(options), progress.update).finally(progress.stop);
    // --quiet drops warnings and infos before counting, so they cannot trip --max-warnings either.
    const findings = options.quiet ? validation.findings.filter(isError) : validation.findings;
    // Counts are the analysis's, as the editor's status bar shows them: what a file's
    // 1,000-diagnostic cap left out of the list included.
    const shown = summarise(findings, validation.files.length);
    const { counts } = validation;
    const summary = options.quiet ? { ...shown, errors: counts.error } : { ...shown, errors: counts.error, warnings: counts.warning, infos: counts.info };
    const context: FormatContext = {
        cwd,
        rules: RULES,
        version,
        colour: options.output === undefined && colourAllowed(process.stdout),
        ...(options.format === 'json' || options.indicators ? { indicators: validation.indicators, titles: declarationTitles(validation.model) } : {})
    };
    const truncation = options.format === 'sarif' ? sarifTruncation(findings.length) : undefined;
    if (truncation !== undefined) writeLine(`warning: ${truncation}`);
    writeReport(FORMATTERS[options.format](findings, summary, context), options.output);
    if (validation.failures.length > 0) {
        throw new InternalFailures(validation.failures);
    }
    return exitCode(summary, options.maxWarnings);
}

function analysisOptions(options: ValidateOptions): AnalysisOptions {
    const overrides = {
        ...(options.tolerance === undefined ? {} : { tolerance: options.tolerance }),
        ...(options.maxResponseDays === undefined ? {} : { maxResponseDays: options.maxResponseDays }),
        ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
        ...(options.rule === undefined ? {} : { rules: options.rule })
    };
    // The same "today" as the language server, so the CLI and the editor agree on what is stale.
    return { today: todayIso(), overrides };
}

function isError(finding: Finding): boolean {
    return finding.severity === 'error';
}

function colourAllowed(stream: NodeJS.WriteStream): boolean {
    return stream.isTTY === true && !process.env['NO_COLOR'];
}

function writeReport(report: string, output: string | undefined): void {
    const text = report === '' ? '' : `${report}\n`;
    if (output === undefined) {
        process.stdout.write(text);
        return;
    }
    // As every writer: never through a link, never half written (output-files.ts).
    writeFile(path.resolve(output), text, process.cwd());
}

function exitCode(summary: Summary, maxWarnings: number | undefined): number {
    if (summary.errors > 0) {
        return EXIT_PROBLEMS;
    }
    if (maxWarnings !== undefined && summary.warnings > maxWarnings) {
        writeLine(`too many warnings: ${summary.warnings} (--max-warnings ${maxWarnings})`);
        return EXIT_PROBLEMS;
    }
    return EXIT_OK;
}
