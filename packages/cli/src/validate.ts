import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES, type AnalysisOptions, type Finding, type SeveritySetting } from '@svc/core';
import { todayIso, validateFiles } from '@svc/language';
import { collectSvcFiles } from './collect.js';
import { EXIT_OK, EXIT_PROBLEMS, InternalFailures, UsageError, writeLine } from './errors.js';
import { FORMATTERS, type FormatName } from './format/index.js';
import { sarifTruncation } from './format/sarif.js';
import { summarise, type FormatContext, type Summary } from './format/report.js';
import { startProgress } from './progress.js';

export interface ValidateOptions {
    format: FormatName;
    maxWarnings?: number;
    asOf?: string;
    tolerance?: number;
    maxResponseDays?: number;
    rule?: Record<string, SeveritySetting>;
    quiet?: boolean;
    indicators?: boolean;
    output?: string;
}

/** `svc validate`: all the .svc files under the paths, as one workspace. Returns the exit code. */
export async function runValidate(paths: string[], options: ValidateOptions, version: string): Promise<number> {
    const cwd = process.cwd();
    const collected = collectSvcFiles(paths, cwd);
    collected.emptyFolders.forEach(folder => writeLine(`warning: no .svc files found under ${folder}`));
    const progress = startProgress(process.stderr);
    const validation = await validateFiles(collected.files, analysisOptions(options), progress.update).finally(progress.stop);
    // --quiet drops warnings and infos before counting, so they cannot trip --max-warnings either.
    const findings = options.quiet ? validation.findings.filter(isError) : validation.findings;
    // Counts are the workspace's, including what a file's 1,000-diagnostic cap left out of the list.
    const shown = summarise(findings, validation.files.length);
    const { omitted } = validation;
    const summary = options.quiet
        ? { ...shown, errors: shown.errors + omitted.error }
        : { ...shown, errors: shown.errors + omitted.error, warnings: shown.warnings + omitted.warning, infos: shown.infos + omitted.info };
    const context: FormatContext = {
        cwd,
        rules: RULES,
        version,
        colour: options.output === undefined && colourAllowed(process.stdout),
        ...(options.format === 'json' || options.indicators ? { indicators: validation.indicators } : {})
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
    try {
        fs.writeFileSync(path.resolve(output), text);
    } catch (error) {
        throw new UsageError(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
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
