import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './errors.js';

/**
 * The one contract of every command that writes files (render, report, export): check every
 * target before writing any, never replace something that is not a regular file (a link could
 * point anywhere, so svc never writes through one), and replace a regular file only if svc wrote
 * it (it starts with the command's marker) or the user says --force.
 */

export interface OutputTarget {
    /** Absolute path. */
    file: string;
    content: string;
}

export interface OverwritePolicy {
    /** The first line of every file this command writes; without one, any existing file is foreign. */
    marker?: string;
    /** Who wrote the files the marker identifies, for the refusal: `svc render`. */
    writer: string;
    force: boolean;
}

/**
 * Checks every target, then creates the folders they go in and writes them, listing each on
 * stdout as written. Nothing is written when any target may not be.
 */
export function writeTargets(targets: readonly OutputTarget[], policy: OverwritePolicy, cwd: string): void {
    checkTargets(targets, policy, cwd);
    for (const folder of new Set(targets.map(target => path.dirname(target.file)))) {
        attempt(`cannot create ${shown(folder, cwd) || '.'}`, () => fs.mkdirSync(folder, { recursive: true }));
    }
    for (const target of targets) {
        writeTarget(target, cwd);
        process.stdout.write(`${shown(target.file, cwd)}\n`);
    }
}

/**
 * A folder svc names itself (not one the user gave) must be a real folder or not exist yet:
 * a link there would send the files somewhere the user never named.
 */
export function checkOwnFolder(folder: string, cwd: string): void {
    const stats = attempt(`cannot read ${shown(folder, cwd)}`, () => fs.lstatSync(folder, { throwIfNoEntry: false }));
    if (stats !== undefined && !stats.isDirectory()) throw new UsageError(`refusing to write into ${shown(folder, cwd)}: not a folder`);
}

/** Throws a UsageError if any target may not be written. */
function checkTargets(targets: readonly OutputTarget[], policy: OverwritePolicy, cwd: string): void {
    for (const { file } of targets) {
        const stats = attempt(`cannot read ${shown(file, cwd)}`, () => fs.lstatSync(file, { throwIfNoEntry: false }));
        if (stats === undefined) continue;
        if (!stats.isFile()) throw new UsageError(`refusing to overwrite ${shown(file, cwd)}: not a regular file`);
        if (policy.force) continue;
        if (policy.marker === undefined) throw new UsageError(`refusing to overwrite ${shown(file, cwd)}: it exists (use --force)`);
        if (!attempt(`cannot read ${shown(file, cwd)}`, () => startsWith(file, policy.marker!))) {
            throw new UsageError(`refusing to overwrite ${shown(file, cwd)}: not written by ${policy.writer} (use --force)`);
        }
    }
}

/**
 * Writes one checked target. O_NOFOLLOW closes the gap between the check and the write: a link
 * put in place meanwhile makes the open fail rather than write where it points.
 */
function writeTarget(target: OutputTarget, cwd: string): void {
    const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC | fs.constants.O_NOFOLLOW;
    attempt(`cannot write ${shown(target.file, cwd)}`, () => {
        const fd = fs.openSync(target.file, flags, 0o666);
        try {
            fs.writeFileSync(fd, target.content);
        } finally {
            fs.closeSync(fd);
        }
    });
}

function startsWith(file: string, marker: string): boolean {
    const head = Buffer.alloc(Buffer.byteLength(marker));
    const fd = fs.openSync(file, 'r');
    try {
        return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.toString('utf8') === marker;
    } finally {
        fs.closeSync(fd);
    }
}

/** Runs a file-system step; a failure is the user's to fix (a path, a permission): one line, exit 2. */
function attempt<T>(what: string, step: () => T): T {
    try {
        return step();
    } catch (error) {
        throw new UsageError(`${what}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
}

/** A path as the user sees it: relative to cwd, with `/`. */
function shown(file: string, cwd: string): string {
    return path.relative(cwd, file).split(path.sep).join('/');
}
