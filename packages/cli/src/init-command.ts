import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command } from 'commander';
import { EXIT_OK, UsageError } from './errors.js';
import { scaffold } from './init/scaffold.js';
import { writeTargets } from './output-files.js';

const INIT_HELP = `
Writes policy.svc (the root policy), business.svc, it.svc and governance.svc (a need, the
service stack that answers it, a spec, an assessment and an alignment: a workspace with no
diagnostics), .vscode/extensions.json (recommends the svc extension) and
.github/workflows/svc.yml (svc validate in GitHub Actions). Existing files are never
overwritten: if any of these exists, nothing is written.

Exit codes: 0 written; 2 a file exists already, usage error or internal error.`;

export function defineInit(command: Command, version: string, setExitCode: (code: number) => void): void {
    command
        .description('create a new svc workspace that validates cleanly, with its CI workflow')
        .argument('[folder]', 'where to create it (created if missing)', '.')
        .addHelpText('after', INIT_HELP)
        .action((folder: string) => setExitCode(runInit(folder, version)));
}

/** `svc init`: writes the scaffold into `folder` unless any of its files exists there. */
export function runInit(folder: string, version: string): number {
    const cwd = process.cwd();
    const root = path.resolve(cwd, folder);
    if (exists(root, cwd) && !fs.statSync(root).isDirectory()) throw new UsageError(`not a folder: ${folder}`);
    const targets = scaffold(version).map(file => ({ file: path.join(root, ...file.path.split('/')), content: file.content }));
    // All of them named at once, so one look says everything that is in the way.
    const existing = targets.filter(target => exists(target.file, cwd));
    if (existing.length > 0) {
        throw new UsageError(`refusing to overwrite existing files, so nothing was written: ${existing.map(target => shown(target.file, cwd)).join(', ')}`);
    }
    writeTargets(targets, { writer: 'svc init', force: false }, cwd);
    return EXIT_OK;
}

/** Whether anything is at `file`: a link counts, even one that leads nowhere. */
function exists(file: string, cwd: string): boolean {
    try {
        fs.lstatSync(file);
        return true;
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return false;
        throw new UsageError(`cannot read ${shown(file, cwd)}: ${code ?? String(error)}`);
    }
}

/** A path as the user sees it: relative to cwd, with `/`. */
function shown(file: string, cwd: string): string {
    return path.relative(cwd, file).split(path.sep).join('/');
}
