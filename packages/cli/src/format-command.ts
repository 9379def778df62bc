import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatSvcText } from '@svc/language';
import { collectSvcFiles } from './collect.js';
import { EXIT_OK, EXIT_PROBLEMS, UsageError, writeLine } from './errors.js';

export interface FormatOptions {
    check?: boolean;
}

type Outcome = 'unchanged' | 'changed' | 'skipped';

/**
 * `svc format`: rewrites each .svc file under the paths whose text is not canonical and lists
 * it on stdout; with --check, writes nothing and only lists. A file with syntax errors, or a
 * link to a file outside the given paths, is skipped with one line on stderr. Exit 1 when a
 * file was skipped or (with --check) would change; 0 otherwise.
 */
export function runFormat(paths: string[], options: FormatOptions): number {
    const cwd = process.cwd();
    const collected = collectSvcFiles(paths, cwd);
    collected.emptyFolders.forEach(folder => writeLine(`warning: no .svc files found under ${folder}`));
    const roots = paths.map(given => realPath(path.resolve(cwd, given), given));
    const outcomes = collected.files.map(file => formatFile(file, path.relative(cwd, file).split(path.sep).join('/'), options, roots));
    const failed = outcomes.includes('skipped') || (options.check === true && outcomes.includes('changed'));
    return failed ? EXIT_PROBLEMS : EXIT_OK;
}

function formatFile(file: string, shown: string, options: FormatOptions, roots: readonly string[]): Outcome {
    const text = readText(file, shown);
    const formatted = formatSvcText(text);
    if (formatted === undefined) {
        writeLine(`cannot format ${shown}: syntax errors`);
        return 'skipped';
    }
    if (formatted === text) {
        return 'unchanged';
    }
    if (!options.check) {
        if (!isUnder(realPath(file, shown), roots)) {
            writeLine(`not formatting ${shown}: it links outside the given paths`);
            return 'skipped';
        }
        writeText(file, shown, formatted);
    }
    process.stdout.write(`${shown}\n`);
    return 'changed';
}

function readText(file: string, shown: string): string {
    try {
        return fs.readFileSync(file, 'utf8');
    } catch (error) {
        throw new UsageError(`cannot read ${shown}: ${reason(error)}`);
    }
}

/** A link inside a given folder may point anywhere; svc format never writes outside the given paths. */
function isUnder(target: string, roots: readonly string[]): boolean {
    return roots.some(root => target === root || target.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
}

function writeText(file: string, shown: string, text: string): void {
    try {
        fs.writeFileSync(file, text);
    } catch (error) {
        throw new UsageError(`cannot write ${shown}: ${reason(error)}`);
    }
}

function realPath(file: string, shown: string): string {
    try {
        return fs.realpathSync(file);
    } catch (error) {
        throw new UsageError(`cannot read ${shown}: ${reason(error)}`);
    }
}

function reason(error: unknown): string {
    return (error as NodeJS.ErrnoException).code ?? String(error);
}
