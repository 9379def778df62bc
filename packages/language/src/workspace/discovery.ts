import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The one rule of which files make a workspace, for `svc` and the language server alike, so a
 * need is never an error in CI and invisible in the editor: `.svc` files, in any folder but
 * `node_modules` and those whose name starts with `.` (`.git`, `.vscode`, tool caches).
 * Dot-files are skipped too. Build folders such as `out/` are not special: they are searched.
 */
export function isWorkspaceEntry(name: string, isDirectory: boolean): boolean {
    if (name.startsWith('.')) return false;
    return isDirectory ? name !== 'node_modules' : name.endsWith('.svc');
}

/**
 * Every workspace file under `folder` (absolute paths, sorted). Links to files are taken; linked
 * folders are not followed, as they may loop. What cannot be read goes to `onUnreadable` with its
 * path relative to `folder`, and the search goes on.
 */
export function findSvcFiles(folder: string, onUnreadable: (relativePath: string, error: unknown) => void): string[] {
    const files: string[] = [];
    const pending = [''];
    for (let relative = pending.pop(); relative !== undefined; relative = pending.pop()) {
        for (const entry of readFolder(path.join(folder, relative), relative, onUnreadable)) {
            const child = path.join(relative, entry.name);
            if (entry.isDirectory()) {
                if (isWorkspaceEntry(entry.name, true)) pending.push(child);
            } else if (isWorkspaceEntry(entry.name, false) && (entry.isFile() || isLinkToFile(path.join(folder, child)))) {
                if (isReadable(path.join(folder, child), child, onUnreadable)) files.push(path.join(folder, child));
            }
        }
    }
    return files.sort();
}

function readFolder(absolute: string, relative: string, onUnreadable: (relativePath: string, error: unknown) => void): fs.Dirent[] {
    try {
        return fs.readdirSync(absolute, { withFileTypes: true });
    } catch (error) {
        onUnreadable(relative, error);
        return [];
    }
}

function isReadable(absolute: string, relative: string, onUnreadable: (relativePath: string, error: unknown) => void): boolean {
    try {
        fs.accessSync(absolute, fs.constants.R_OK);
        return true;
    } catch (error) {
        onUnreadable(relative, error);
        return false;
    }
}

function isLinkToFile(file: string): boolean {
    try {
        return fs.statSync(file).isFile();
    } catch {
        return false;
    }
}
