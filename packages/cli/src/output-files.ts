import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './errors.js';
import { visible } from './visible.js';

/**
 * How svc writes files: the one contract of every command that writes (render, report,
 * export --out, validate --output, format).
 *
 * - Never through a symbolic link: neither the file nor any folder on the way to it from the
 *   current folder may be one (a link in a checked-out repository could point anywhere). The
 *   current folder itself, and the folders a `..` climbs through, are taken as they are.
 * - All or nothing: every target is checked before any is written; each is written to a
 *   temporary file beside it, and the temporary files are renamed into place only once all are
 *   written, so a failure leaves no partial output (the temporary files and the folders created
 *   for them are removed).
 * - render, report and export replace a regular file only if svc wrote it (it starts with the
 *   command's marker) or the user says --force; files svc wrote earlier that are no longer part
 *   of the output (a renamed service's diagrams) are removed, and only those.
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

/** A folder whose earlier output this run replaces: its files that `owns` names and that carry the marker. */
export interface Prune {
    folder: string;
    owns(name: string): boolean;
}

/** The longest file or folder name common file systems take, in bytes. */
const NAME_MAX = 255;

/**
 * Checks every target, then writes them all, lists each on stdout as written, and removes the
 * files of `prune` that this run did not write again. Nothing is written when any target may not be.
 */
export function writeTargets(targets: readonly OutputTarget[], policy: OverwritePolicy, cwd: string, prune?: Prune): void {
    for (const { file } of targets) checkOverwrite(file, policy, cwd);
    const stale = prune === undefined || policy.marker === undefined ? [] : staleFiles(prune, targets, policy.marker, cwd);
    writeAll(targets, cwd);
    for (const target of targets) process.stdout.write(`${visible(shown(target.file, cwd))}\n`);
    for (const file of stale) attempt(`cannot remove ${shown(file, cwd)}`, () => fs.rmSync(file, { force: true }));
}

/** Writes one file whatever it holds now (`svc validate --output`), by the same rule: no link, never half written. */
export function writeFile(file: string, content: string, cwd: string): void {
    const stats = checkPath(file, cwd);
    if (stats !== undefined && !stats.isFile()) throw new UsageError(`refusing to overwrite ${shown(file, cwd)}: not a regular file`);
    writeAll([{ file, content }], cwd);
}

/**
 * A folder svc names itself (not one the user gave) must be a real folder or not exist yet:
 * a link there would send the files somewhere the user never named.
 */
export function checkOwnFolder(folder: string, cwd: string): void {
    const stats = checkPath(folder, cwd);
    if (stats !== undefined && !stats.isDirectory()) throw new UsageError(`refusing to write into ${shown(folder, cwd)}: not a folder`);
}

/**
 * Why svc may not write `file`, in words (`it is a symbolic link`, `specs is a symbolic link`),
 * or undefined when it may: `svc format` skips such a file where the other commands stop.
 */
export function writeRefusal(file: string, cwd: string): string | undefined {
    try {
        checkPath(file, cwd);
        return undefined;
    } catch (error) {
        if (error instanceof Refusal) return error.reason;
        throw error;
    }
}

/**
 * Replaces `file` with `content` if it still holds `expected`, keeping its permissions: the new
 * text goes to a temporary file beside it, which is renamed over the file, so that a reader (or
 * a crash) sees the old text or the new one, never half of one. The file is read again just
 * before the rename: an edit saved meanwhile is kept, and false says nothing was written.
 */
export function replaceIfUnchanged(file: string, content: string, expected: Uint8Array, cwd: string): boolean {
    const stats = attempt(`cannot read ${shown(file, cwd)}`, () => fs.lstatSync(file));
    const temp = writeTemporary(file, content, cwd, stats);
    let renamed = false;
    try {
        if (!attempt(`cannot read ${shown(file, cwd)}`, () => fs.readFileSync(file)).equals(expected)) return false;
        attempt(`cannot write ${shown(file, cwd)}`, () => fs.renameSync(temp, file));
        renamed = true;
        return true;
    } finally {
        if (!renamed) fs.rmSync(temp, { force: true });
    }
}

/** A refusal by the rules above, as opposed to a failure of the file system. */
class Refusal extends UsageError {
    constructor(
        file: string,
        readonly reason: string,
        cwd: string
    ) {
        super(`refusing to write ${shown(file, cwd)}: ${reason}`);
    }
}

/**
 * Checks the way from cwd to `file`: no name too long for the file system, no link, the file
 * included. Returns the file's own lstat, or undefined when it does not exist yet.
 */
function checkPath(file: string, cwd: string): fs.Stats | undefined {
    const relative = path.relative(cwd, file);
    // On Windows, a path on another drive has no way from cwd: it starts at that drive's root.
    let current = path.isAbsolute(relative) ? path.parse(relative).root : cwd;
    let stats: fs.Stats | undefined;
    let exists = true;
    for (const segment of path.relative(current, file).split(path.sep).filter(Boolean)) {
        current = path.join(current, segment);
        if (segment === '..') continue;
        if (Buffer.byteLength(segment) > NAME_MAX) throw new UsageError(`cannot write ${shown(file, cwd)}: ENAMETOOLONG`);
        if (!exists) continue;
        const here = current;
        stats = attempt(`cannot read ${shown(here, cwd)}`, () => fs.lstatSync(here, { throwIfNoEntry: false }));
        if (stats?.isSymbolicLink()) throw new Refusal(file, `${here === file ? 'it' : shown(here, cwd)} is a symbolic link`, cwd);
        exists = stats !== undefined;
    }
    return stats;
}

/** Throws a UsageError if `file` may not be written under the policy. */
function checkOverwrite(file: string, policy: OverwritePolicy, cwd: string): void {
    const stats = checkPath(file, cwd);
    if (stats === undefined) return;
    if (!stats.isFile()) throw new UsageError(`refusing to overwrite ${shown(file, cwd)}: not a regular file`);
    if (policy.force) return;
    if (policy.marker === undefined) throw new UsageError(`refusing to overwrite ${shown(file, cwd)}: it exists (use --force)`);
    if (!attempt(`cannot read ${shown(file, cwd)}`, () => startsWith(file, policy.marker!))) {
        throw new UsageError(`refusing to overwrite ${shown(file, cwd)}: not written by ${policy.writer} (use --force)`);
    }
}

/** The regular files of the prune folder that this run owns, carry the marker, and does not write again. */
function staleFiles(prune: Prune, targets: readonly OutputTarget[], marker: string, cwd: string): string[] {
    const kept = new Set(targets.map(target => target.file));
    if (checkPath(prune.folder, cwd)?.isDirectory() !== true) return [];
    return attempt(`cannot read ${shown(prune.folder, cwd)}`, () => fs.readdirSync(prune.folder, { withFileTypes: true }))
        .filter(entry => entry.isFile() && prune.owns(entry.name))
        .map(entry => path.join(prune.folder, entry.name))
        .filter(file => !kept.has(file) && attempt(`cannot read ${shown(file, cwd)}`, () => startsWith(file, marker)));
}

/** Creates the folders, writes every target under a temporary name, then renames them all into place. */
function writeAll(targets: readonly OutputTarget[], cwd: string): void {
    const created: string[] = [];
    const temporary: string[] = [];
    try {
        for (const folder of new Set(targets.map(target => path.dirname(target.file)))) {
            created.push(...missingFolders(folder));
            attempt(`cannot create ${shown(folder, cwd) || '.'}`, () => fs.mkdirSync(folder, { recursive: true }));
        }
        for (const target of targets) temporary.push(writeTemporary(target.file, target.content, cwd));
        targets.forEach((target, i) => {
            attempt(`cannot write ${shown(target.file, cwd)}`, () => fs.renameSync(temporary[i]!, target.file));
        });
    } catch (error) {
        temporary.forEach(file => fs.rmSync(file, { force: true }));
        for (const folder of created.reverse()) {
            try {
                fs.rmdirSync(folder);
            } catch {
                // Something else has put a file there meanwhile: the folder is no longer only ours.
            }
        }
        throw error;
    }
}

/** The folders that creating `folder` creates, outermost first. */
function missingFolders(folder: string): string[] {
    const missing: string[] = [];
    for (let current = folder; !fs.existsSync(current); current = path.dirname(current)) missing.unshift(current);
    return missing;
}

/**
 * Writes `content` to a new file beside `file` and returns its path. O_EXCL and O_NOFOLLOW: the
 * name is new, so nothing can be waiting there, not even a link. With `like`, the file gets the
 * permissions and owner of the file it will replace.
 */
function writeTemporary(file: string, content: string, cwd: string, like?: fs.Stats): string {
    // A short name of its own rather than `file` plus a suffix, which could pass the name limit.
    const temporary = path.join(path.dirname(file), `.svc-${randomBytes(6).toString('hex')}.tmp`);
    const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW;
    attempt(`cannot write ${shown(file, cwd)}`, () => {
        const fd = fs.openSync(temporary, flags, 0o666);
        try {
            if (like !== undefined) {
                fs.fchmodSync(fd, like.mode & 0o7777);
                keepOwner(fd, like);
            }
            fs.writeFileSync(fd, content);
        } catch (error) {
            fs.rmSync(temporary, { force: true });
            throw error;
        } finally {
            fs.closeSync(fd);
        }
    });
    return temporary;
}

/** Only root may give a file away: run by root (a CI container), svc format keeps the user's file theirs. */
function keepOwner(fd: number, like: fs.Stats): void {
    if (process.getuid?.() === 0) fs.fchownSync(fd, like.uid, like.gid);
}

function startsWith(file: string, marker: string): boolean {
    const head = Buffer.alloc(Buffer.byteLength(marker));
    const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
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
