import { execFileSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.js';

export interface Machine {
    cpu: string;
    cores: number;
    memoryGiB: number;
    node: string;
    os: string;
    langium: string;
    commit: string;
    /** 1-minute load average when the run started: other work on the machine inflates wall times. */
    load: number;
}

export function machine(): Machine {
    const langium = JSON.parse(readFileSync(join(ROOT, 'node_modules/langium/package.json'), 'utf8')) as { version: string };
    return {
        cpu: cpus()[0]?.model.trim() ?? 'unknown',
        cores: cpus().length,
        memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
        node: process.version,
        os: `${type()} ${release()}`,
        langium: langium.version,
        commit: process.env['BENCH_COMMIT'] ?? commit(),
        load: Math.round(loadavg()[0]! * 10) / 10
    };
}

export function describeMachine(m: Machine): string {
    return `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.os}, Langium ${m.langium}, commit ${m.commit}; load average ${m.load} at start`;
}

function commit(): string {
    try {
        const git = (args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
        return git(['rev-parse', '--short', 'HEAD']) + (git(['status', '--porcelain', '--', 'packages']) ? ' + uncommitted changes in packages/' : '');
    } catch {
        return 'unknown';
    }
}
