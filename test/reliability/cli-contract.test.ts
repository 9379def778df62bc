import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sarifErrors } from '../../packages/cli/test/sarif-schema.js';
import { CLI } from '../support/paths.js';

interface Run {
    code: number | null;
    stdout: string;
    stderr: string;
}

/** The real CLI in a child process, asynchronously, so that the matrix runs in parallel. */
function svc(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
    return new Promise(resolve => {
        const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', chunk => (stdout += chunk));
        child.stderr.on('data', chunk => (stderr += chunk));
        child.on('close', code => resolve({ code, stdout, stderr }));
    });
}

const REPORT_LINE = /^\S+:\d+:\d+ (error|warning|info) .+ \[[a-z-]+\]$/;
const SUMMARY = /^(✔ no problems in \d+ files?|✖ \d+ errors?, \d+ warnings?, \d+ infos? in \d+ files?)$/;

/** Only the report on stdout: finding lines, one blank line, the summary; or nothing at all. */
function expectOnlyReport(stdout: string) {
    if (stdout === '') return;
    const lines = stdout.replace(/\n$/, '').split('\n');
    expect(lines.at(-1)).toMatch(SUMMARY);
    for (const line of lines.slice(0, -1)) {
        if (line !== '') expect(line).toMatch(REPORT_LINE);
    }
}

type Case = {
    args: string[];
    env?: NodeJS.ProcessEnv;
    expect: (maxWarnings: number | undefined) => { code: number; stdout: 'report' | 'empty'; stderr: RegExp | '' };
};

const CASES: Record<string, Case> = {
    clean: { args: ['clean'], expect: () => ({ code: 0, stdout: 'report', stderr: '' }) },
    'warnings only (2)': {
        args: ['warnings'],
        expect: max =>
            max === 0 ? { code: 1, stdout: 'report', stderr: /^svc: too many warnings: 2 \(--max-warnings 0\)\n$/ } : { code: 0, stdout: 'report', stderr: '' }
    },
    errors: { args: ['errors'], expect: () => ({ code: 1, stdout: 'report', stderr: '' }) },
    'unknown flag': { args: ['--bogus', 'clean'], expect: () => ({ code: 2, stdout: 'empty', stderr: /^svc: unknown option '--bogus'\n$/ }) },
    'missing path': { args: ['nope'], expect: () => ({ code: 2, stdout: 'empty', stderr: /^svc: no such file or folder: nope\n$/ }) },
    'unreadable file': {
        args: ['unreadable/loop.svc'],
        expect: () => ({ code: 2, stdout: 'empty', stderr: /^svc: cannot read unreadable\/loop\.svc: ELOOP\n$/ })
    },
    'folder without .svc files': {
        args: ['empty'],
        expect: () => ({ code: 2, stdout: 'empty', stderr: /^svc: no \.svc files in empty \(--allow-empty accepts that\)\n$/ })
    },
    'folder without .svc files, --allow-empty': {
        args: ['empty', '--allow-empty'],
        expect: () => ({ code: 0, stdout: 'report', stderr: /^svc: warning: no \.svc files found under empty\n$/ })
    },
    'injected internal error': {
        args: ['clean'],
        env: { SVC_FAULT_INJECT: 'model' },
        expect: () => ({
            code: 2,
            stdout: 'report',
            stderr: /^svc: internal error while converting file:\/\/\S+\/clean\/boss\.svc: fault injected by SVC_FAULT_INJECT=model \(run with --debug for details\)\n$/
        })
    }
};

const matrix = Object.entries(CASES).flatMap(([name, testCase]) => [undefined, 0, 5].map(maxWarnings => ({ name, testCase, maxWarnings })));

describe('svc validate: the contract, case × --max-warnings', () => {
    const runs = new Map<(typeof matrix)[number], Run>();
    let root: string;
    /** Every file under the sandbox's parent folder that the CLI must never write. */
    let outside: string;

    beforeAll(() => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), 'svc-contract-'));
        outside = path.join(root, 'outside');
        const files: Record<string, string> = {
            'given/clean/boss.svc': 'stakeholder Boss { perspective business }\n',
            'given/warnings/hosting.svc': 'service Hosting "Application hosting" at it-operations\n',
            'given/errors/need.svc': 'need N "x"\n',
            'given/empty/readme.txt': 'nothing here\n',
            'outside/messy.svc': 'need   Outside\n'
        };
        for (const [file, text] of Object.entries(files)) {
            fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
            fs.writeFileSync(path.join(root, file), text);
        }
        fs.mkdirSync(path.join(root, 'given/unreadable'));
        // Unreadable even for root: a link to itself cannot be opened (ELOOP).
        fs.symlinkSync('loop.svc', path.join(root, 'given/unreadable/loop.svc'));
        fs.mkdirSync(path.join(root, 'given/linked'));
        fs.symlinkSync(path.join(outside, 'messy.svc'), path.join(root, 'given/linked/link.svc'));
        // 24 runs of the CLI at half a second each: four at a time, then the checks one by one.
        const pending = [...matrix];
        const worker = async () => {
            for (let entry = pending.shift(); entry; entry = pending.shift()) {
                const args = ['validate', ...(entry.maxWarnings === undefined ? [] : ['--max-warnings', String(entry.maxWarnings)]), ...entry.testCase.args];
                runs.set(entry, await svc(args, path.join(root, 'given'), entry.testCase.env));
            }
        };
        return Promise.all([worker(), worker(), worker(), worker()]);
    });
    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

    it.each(matrix.map(entry => [entry.name, entry.maxWarnings, entry] as const))('%s, --max-warnings %s', (_name, maxWarnings, entry) => {
        const run = runs.get(entry)!;
        const expected = entry.testCase.expect(maxWarnings);
        expect(run.code).toBe(expected.code);
        if (expected.stdout === 'empty') expect(run.stdout).toBe('');
        else expect(run.stdout).not.toBe('');
        expectOnlyReport(run.stdout);
        if (expected.stderr === '') expect(run.stderr).toBe('');
        else expect(run.stderr).toMatch(expected.stderr);
    });

    it('never writes outside the given paths, whatever the command', async () => {
        const before = fs.readFileSync(path.join(outside, 'messy.svc'), 'utf8');
        const format = await svc(['format', 'linked'], path.join(root, 'given'));
        expect(format.stderr).toBe('svc: refusing to write linked/link.svc: it is a symbolic link\n');
        const sarif = await svc(['validate', '--format', 'sarif', 'linked'], path.join(root, 'given'));
        expect(sarifErrors(JSON.parse(sarif.stdout))).toEqual([]);
        expect(fs.readFileSync(path.join(outside, 'messy.svc'), 'utf8')).toBe(before);
        expect(fs.readdirSync(outside)).toEqual(['messy.svc']);
    });

    it('exits quietly with its own code when the reader closes stdout early (`svc validate | head -1`)', async () => {
        // Half a megabyte of report: more than a pipe holds, so writing meets the closed end.
        fs.mkdirSync(path.join(root, 'given/many'), { recursive: true });
        for (let file = 0; file < 10; file++) {
            fs.writeFileSync(
                path.join(root, `given/many/needs${file}.svc`),
                `package p${file}\n${Array.from({ length: 900 }, (_, i) => `need N${i}`).join('\n')}`
            );
        }
        const run = await new Promise<Run>(resolve => {
            const child = spawn(process.execPath, [CLI, 'validate', 'many'], { cwd: path.join(root, 'given'), env: { ...process.env, NO_COLOR: '1' } });
            let stderr = '';
            child.stdout.once('data', () => child.stdout.destroy());
            child.stderr.on('data', chunk => (stderr += chunk));
            child.on('close', code => resolve({ code, stdout: '', stderr }));
        });
        expect(run).toEqual({ code: 1, stdout: '', stderr: '' });
    });
});
