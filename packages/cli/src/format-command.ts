import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatSvcText } from '@svc-lang/language';
import { collectWorkspace } from './collect.js';
import { EXIT_OK, EXIT_PROBLEMS, UsageError, writeLine } from './errors.js';
import { replaceIfUnchanged, writeRefusal } from './output-files.js';
import { visible } from './visible.js';

export interface FormatOptions {
    check?: boolean;
    allowEmpty?: boolean;
}

type Outcome = 'unchanged' | 'changed' | 'skipped';

/** Decodes UTF-8, or gives undefined for bytes that are not: decoding them would turn them into U+FFFD. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * `svc format`: rewrites each .svc file under the paths whose text is not canonical and lists
 * it on stdout; with --check, writes nothing and only lists. A file that is not valid UTF-8, has
 * syntax errors, is reached through a symbolic link, or changed while it was being formatted is
 * skipped with one line on stderr. Exit 1 when a file was skipped or (with --check) would
 * change; 0 otherwise.
 */
export function runFormat(paths: string[], options: FormatOptions): number {
    const cwd = process.cwd();
    const outcomes = collectWorkspace(paths, cwd, options.allowEmpty).map(file => formatFile(file, cwd, options));
    const failed = outcomes.includes('skipped') || (options.check === true && outcomes.includes('changed'));
    return failed ? EXIT_PROBLEMS : EXIT_OK;
}

function formatFile(file: string, cwd: string, options: FormatOptions): Outcome {
    const shown = path.relative(cwd, file).split(path.sep).join('/');
    const bytes = readBytes(file, shown);
    const text = decode(bytes);
    // Only whitespace may change: bytes that are not UTF-8 would come back as U+FFFD.
    if (text === undefined) return skip(`cannot format ${shown}: not valid UTF-8`);
    const formatted = formatSvcText(text);
    if (formatted === undefined) return skip(`cannot format ${shown}: syntax errors`);
    if (formatted === text) return 'unchanged';
    if (!options.check) {
        const refusal = writeRefusal(file, cwd);
        if (refusal !== undefined) return skip(`refusing to write ${shown}: ${refusal}`);
        // Written from what was read: an edit saved since then must win, not be overwritten.
        if (!replaceIfUnchanged(file, formatted, bytes, cwd)) return skip(`not formatting ${shown}: it changed while being formatted`);
    }
    process.stdout.write(`${visible(shown)}\n`);
    return 'changed';
}

function skip(message: string): Outcome {
    writeLine(message);
    return 'skipped';
}

function readBytes(file: string, shown: string): Buffer {
    try {
        return fs.readFileSync(file);
    } catch (error) {
        throw new UsageError(`cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
}

function decode(bytes: Buffer): string | undefined {
    try {
        return utf8.decode(bytes);
    } catch {
        return undefined;
    }
}
