import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './errors.js';

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

/** Dependencies and dot-folders (.git, .vscode-test, …) hold no specifications of this workspace. */
function walk(given: string, folder: string): string[] {
    const files: string[] = [];
    for (const entry of readFolder(given, folder)) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) {
            files.push(...walk(path.join(given, entry.name), full));
        } else if (isSvcFile(full) && (entry.isFile() || isLinkToFile(full))) {
            checkReadable(path.join(given, entry.name), full);
            files.push(full);
        }
    }
    return files;
}

function readFolder(given: string, folder: string): fs.Dirent[] {
    try {
        return fs.readdirSync(folder, { withFileTypes: true });
    } catch (error) {
        throw new UsageError(`cannot read ${given}: ${reason(error)}`);
    }
}

/** Linked files are taken; linked folders are not followed, as they may loop. */
function isLinkToFile(file: string): boolean {
    try {
        return fs.statSync(file).isFile();
    } catch {
        return false;
    }
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
