import { spawnSync } from 'node:child_process';
import { CLI } from './paths.js';

export interface CliRun {
    status: number | null;
    stdout: string;
    stderr: string;
}

/** Runs the real CLI as a child process, as users and CI do. */
export function runCli(args: string[], cwd: string): CliRun {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `runCli` with the exit code as `code`: the shape the CLI tests compare whole. */
export function svcIn(cwd: string, args: string[]): { code: number | null; stdout: string; stderr: string } {
    const { status, stdout, stderr } = runCli(args, cwd);
    return { code: status, stdout, stderr };
}
