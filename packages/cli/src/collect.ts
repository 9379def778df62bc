import * as fs from 'node:fs';
import * as path from 'node:path';
import { findSvcFiles } from '@svc-lang/language';
import { UsageError, writeLine } from './errors.js';

export interface Collected {
    /** Absolute paths, sorted, each once. */
    files: string[];
    /** The folders given, as written, that hold no .svc file. */
    emptyFolders: string[];
}

/**
 * The .svc files named by the paths (files, or folders searched recursively), resolved against
 * cwd. A path that does not exist, cannot be read, or names a file that is not .svc is a usage
 * error: a CI job with a typo must fail loudly rather than validate nothing.
 */
export function collectSvcFiles(paths: readonly string[], cwd: string): Collected {
    const files = new Set<string>();
    const emptyFolders: string[] = [];
    for (const given of paths) {
        const found = collectPath(given, path.resolve(cwd, given));
        if (found.folder && found.files.length === 0) {
            emptyFolders.push(given);
        }
        found.files.forEach(file => files.add(file));
    }
    return { files: [...files].sort(), emptyFolders };
}

/** `--allow-empty`, which every command that reads a workspace takes. */
export const ALLOW_EMPTY_OPTION = ['--allow-empty', 'accept a folder that holds no .svc files (a warning, not exit 2)'] as const;

/**
 * The .svc files of a command's workspace. A folder given that holds none is a usage error, so
 * that a mistyped path in CI fails rather than validating nothing; with `allowEmpty` it is a
 * warning.
 */
export function collectWorkspace(paths: readonly string[], cwd: string, allowEmpty: boolean | undefined): string[] {
    const { files, emptyFolders } = collectSvcFiles(paths, cwd);
    if (emptyFolders.length > 0 && allowEmpty !== true) {
        throw new UsageError(`no .svc files in ${emptyFolders.join(', ')} (--allow-empty accepts that)`);
    }
    emptyFolders.forEach(folder => writeLine(`warning: no .svc files found under ${folder}`));
    return files;
}

function collectPath(given: string, absolute: string): { folder: boolean; files: string[] } {
    const stats = statOrFail(given, absolute);
    if (stats.isDirectory()) {
        return { folder: true, files: walk(given, absolute) };
    }
    if (!isSvcFile(absolute)) {
        throw new UsageError(`not a .svc file: ${given}`);
    }
    // Reading a FIFO or a device named x.svc would wait forever, or never end.
    if (!stats.isFile()) {
        throw new UsageError(`not a regular file: ${given}`);
    }
    checkReadable(given, absolute);
    return { folder: false, files: [absolute] };
}

function statOrFail(given: string, absolute: string): fs.Stats {
    try {
        return fs.statSync(absolute);
    } catch (error) {
        throw new UsageError(isMissing(error) ? `no such file or folder: ${given}` : `cannot read ${given}: ${reason(error)}`);
    }
}

function checkReadable(given: string, absolute: string): void {
    try {
        fs.accessSync(absolute, fs.constants.R_OK);
    } catch (error) {
        throw new UsageError(`cannot read ${given}: ${reason(error)}`);
    }
}

/** The language server's own search (`findSvcFiles`), so both see the same files; here what cannot be read is a usage error. */
function walk(given: string, folder: string): string[] {
    return findSvcFiles(folder, (relative, error) => {
        throw new UsageError(`cannot read ${path.join(given, relative)}: ${reason(error)}`);
    });
}

function isSvcFile(file: string): boolean {
    return file.endsWith('.svc');
}

function isMissing(error: unknown): boolean {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR';
}

function reason(error: unknown): string {
    return (error as NodeJS.ErrnoException).code ?? String(error);
}
