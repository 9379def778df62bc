import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { CLI, REPO } from '../support/paths.js';
import { freshFolderPerTest } from '../support/temp-folder.js';

/**
 * The commands that write files (format, render, report, export --out, validate --output) under
 * one rule: never through a symbolic link, all or nothing, file names bounded, stale output of
 * their own removed, and `svc format` changing whitespace only, never over an edit it did not see.
 */

const MESSY = 'need   N "x" {raised 2010-01-01\n priority high}';
const ORG1 = path.join(REPO, 'examples/org1-it-department');

let root: string;
freshFolderPerTest('svc-writers-', folder => (root = folder));

interface Run {
    code: number | null;
    stdout: string;
    stderr: string;
}

/**
 * The real CLI in a child process, waited for without blocking: this file runs it some fifty
 * times, and a worker blocked that long misses its test runner's calls.
 */
function run(command: string, args: readonly string[]): Promise<Run> {
    return new Promise(resolve => {
        const child = spawn(command, args, { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', chunk => (stdout += chunk));
        child.stderr.on('data', chunk => (stderr += chunk));
        child.on('close', code => resolve({ code, stdout, stderr }));
    });
}

const svc = (...args: string[]) => run(process.execPath, [CLI, ...args]);
const at = (file: string) => path.join(root, file);

/** Every file under a folder, relative, with its content: what a refused command must leave as it was. */
function contents(folder: string): Record<string, string> {
    const files = fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(file => fs.lstatSync(path.join(folder, file)).isFile());
    return Object.fromEntries(files.sort().map(file => [file, fs.readFileSync(path.join(folder, file), 'utf8')]));
}

/** A workspace whose services each get a profile and a gaps chart: a need requires, a spec commits. */
function servicesWorkspace(names: readonly string[]): string {
    const services = names.map(
        (name, i) => `service ${name} "s" at development { addresses N }\nspec Spec${i} for ${name} "x" { commits { functionality 20 } }`
    );
    return ['package p', 'need N "n" { raised 2010-01-01  requires { functionality 80 } }', ...services, ''].join('\n');
}

interface LinkCase {
    /** Where the link is and what the command is: it sets up the folder and returns the arguments. */
    setup(): string[];
    /** svc format skips (exit 1); the others stop (exit 2). */
    code: 1 | 2;
}

/** Links to `elsewhere/`, which must stay exactly as it is. */
const LINK_CASES: Record<string, LinkCase> = {
    'format FILE, FILE a link': { code: 1, setup: () => (fs.symlinkSync('elsewhere/messy.svc', at('link.svc')), ['format', 'link.svc']) },
    'format DIR, a file in DIR a link': { code: 1, setup: () => (fs.symlinkSync('../elsewhere/messy.svc', at('ws/link.svc')), ['format', 'ws']) },
    'format FILE, its folder a link': { code: 1, setup: () => (fs.symlinkSync('elsewhere', at('linked')), ['format', 'linked/messy.svc']) },
    'render --out DIR, DIR a link': { code: 2, setup: () => (fs.symlinkSync('elsewhere', at('out')), ['render', 'ws', '--view', 'stack', '--out', 'out']) },
    'render --out DIR, a folder above DIR a link': {
        code: 2,
        setup: () => (fs.symlinkSync('elsewhere', at('docs')), ['render', 'ws', '--view', 'stack', '--out', 'docs/out'])
    },
    'render --out DIR, the file in DIR a link': {
        code: 2,
        setup: () => (
            fs.mkdirSync(at('out')),
            fs.symlinkSync('../elsewhere/keep.svg', at('out/stack.svg')),
            ['render', 'ws', '--view', 'stack', '--out', 'out', '--force']
        )
    },
    'report --out DIR/x.html, DIR a link': { code: 2, setup: () => (fs.symlinkSync('elsewhere', at('out')), ['report', 'ws', '--out', 'out/x.html']) },
    'report --out x.html, x.html a link': {
        code: 2,
        setup: () => (fs.symlinkSync('elsewhere/keep.svg', at('x.html')), ['report', 'ws', '--out', 'x.html', '--force'])
    },
    'report --format md, its diagram folder a link': {
        code: 2,
        setup: () => (fs.symlinkSync('elsewhere', at('x-diagrams')), ['report', 'ws', '--format', 'md', '--out', 'x.md'])
    },
    'export --out DIR/x.json, DIR a link': { code: 2, setup: () => (fs.symlinkSync('elsewhere', at('out')), ['export', 'ws', '--out', 'out/x.json']) },
    'export --out x.mmd, x.mmd a link': {
        code: 2,
        setup: () => (fs.symlinkSync('elsewhere/keep.svg', at('x.mmd')), ['export', 'ws', '--format', 'mermaid', '--out', 'x.mmd', '--force'])
    },
    'validate --output DIR/x.sarif, DIR a link': {
        code: 2,
        setup: () => (fs.symlinkSync('elsewhere', at('out')), ['validate', 'ws', '--format', 'sarif', '--output', 'out/x.sarif'])
    },
    'init DIR, DIR a link': { code: 2, setup: () => (fs.symlinkSync('elsewhere', at('new')), ['init', 'new']) },
    'validate --output x.sarif, x.sarif a link': {
        code: 2,
        setup: () => (fs.symlinkSync('elsewhere/keep.svg', at('x.sarif')), ['validate', 'ws', '--output', 'x.sarif'])
    }
};

describe('writers never write through a symbolic link', () => {
    it.skipIf(process.platform === 'win32').each(Object.keys(LINK_CASES))('%s', async name => {
        const { setup, code } = LINK_CASES[name]!;
        fs.mkdirSync(at('ws'));
        fs.mkdirSync(at('elsewhere'));
        fs.writeFileSync(at('ws/a.svc'), MESSY);
        fs.writeFileSync(at('elsewhere/messy.svc'), MESSY);
        fs.writeFileSync(at('elsewhere/keep.svg'), '<!-- generated by svc render -->\nkeep');
        const before = contents(at('elsewhere'));
        const run = await svc(...setup());
        expect(run.code).toBe(code);
        expect(run.stderr).toMatch(/^svc: refusing to write \S+: \S+ is a symbolic link\n$/);
        expect(contents(at('elsewhere'))).toEqual(before);
    });
});

describe('writers write all or nothing', () => {
    /** The command with a file-size limit, so that a write fails halfway (EFBIG) after others succeeded. */
    const limited = (kib: number, ...args: string[]) => run('bash', ['-c', `ulimit -f ${kib} && exec "$0" "$@"`, process.execPath, CLI, ...args]);

    it.skipIf(process.platform !== 'linux')('leaves no file and no folder behind when a write fails', async () => {
        // 12 KiB: less than the report and its diagrams need, so one of them fails halfway.
        const report = await limited(12, 'report', ORG1, '--format', 'md', '--out', 'docs/report.md');
        expect(report.code).toBe(2);
        expect(report.stderr).toMatch(/^svc: cannot write docs\/\S+: EFBIG\n$/);
        const render = await limited(20, 'render', ORG1, '--out', 'out/diagrams');
        expect(render.code).toBe(2);
        expect(render.stderr).toMatch(/^svc: cannot write out\/diagrams\/\S+\.svg: EFBIG\n$/);
        expect(fs.readdirSync(root)).toEqual([]);
        // An earlier report stays whole: nothing of the failed run replaced any of it.
        expect((await svc('report', ORG1, '--format', 'md', '--out', 'report.md')).code).toBe(0);
        const whole = contents(root);
        expect((await limited(12, 'report', ORG1, '--format', 'md', '--out', 'report.md')).code).toBe(2);
        expect(contents(root)).toEqual(whole);
    });

    it('bounds file names: a legal 300-letter service name is drawn, and the Markdown report links only files it wrote', async () => {
        const long = `S${'x'.repeat(299)}`;
        const twin = `S${'x'.repeat(298)}y`;
        fs.writeFileSync(at('long.svc'), servicesWorkspace([long, twin, 'Short']));
        const render = await svc('render', 'long.svc', '--out', 'out');
        expect(render).toMatchObject({ code: 0, stderr: '' });
        const written = render.stdout.trim().split('\n');
        // stack, alignment, agility, and a profile and a gaps chart for each of the three services.
        expect(written).toHaveLength(9);
        expect(fs.readdirSync(at('out')).sort()).toEqual(written.map(file => path.basename(file)).sort());
        for (const file of written) expect(Buffer.byteLength(path.basename(file))).toBeLessThanOrEqual(120);
        expect(written).toContain('out/profile-p.Short.svg');
        // The two long names differ only at the end, which is cut off: the hash keeps them apart.
        expect(written.filter(file => file.startsWith('out/profile-p.Sxxx'))).toHaveLength(2);
        expect((await svc('render', 'long.svc', '--view', 'profile', '--element', twin, '--out', 'out')).stdout).toMatch(
            new RegExp(`^out/profile-p\\.S${'x'.repeat(50)}x*~[0-9a-f]{12}\\.svg\n$`)
        );

        const report = await svc('report', 'long.svc', '--format', 'md', '--out', 'r.md');
        expect(report.code).toBe(0);
        const links = [...fs.readFileSync(at('r.md'), 'utf8').matchAll(/!\[(?:\\.|[^\\\]])*\]\(([^)]*)\)/g)].map(m => decodeURIComponent(m[1]!));
        expect(links).toHaveLength(9);
        for (const link of links) expect(fs.existsSync(at(link)), link).toBe(true);
    });
});

describe('writers remove their own stale output, and only that', () => {
    it('svc render: a renamed service loses its old charts; foreign files, other views and --element runs keep theirs', async () => {
        fs.writeFileSync(at('ws.svc'), servicesWorkspace(['Old', 'Kept']));
        expect((await svc('render', 'ws.svc', '--out', 'out')).code).toBe(0);
        fs.writeFileSync(at('out/profile-mine.svg'), '<svg>mine</svg>');
        fs.writeFileSync(at('ws.svc'), servicesWorkspace(['New', 'Kept']));
        // One service, one view: nothing else is redrawn, so nothing else goes.
        expect((await svc('render', 'ws.svc', '--view', 'profile', '--element', 'New', '--out', 'out')).code).toBe(0);
        expect(fs.existsSync(at('out/profile-p.Old.svg'))).toBe(true);
        expect((await svc('render', 'ws.svc', '--view', 'profile', '--out', 'out')).code).toBe(0);
        expect(fs.readdirSync(at('out')).sort()).toEqual([
            'agility.svg',
            'alignment.svg',
            'gaps-p.Kept.svg',
            'gaps-p.Old.svg',
            'profile-mine.svg',
            'profile-p.Kept.svg',
            'profile-p.New.svg',
            'stack.svg'
        ]);
        expect((await svc('render', 'ws.svc', '--out', 'out')).code).toBe(0);
        expect(fs.readdirSync(at('out')).sort()).toEqual([
            'agility.svg',
            'alignment.svg',
            'gaps-p.Kept.svg',
            'gaps-p.New.svg',
            'profile-mine.svg',
            'profile-p.Kept.svg',
            'profile-p.New.svg',
            'stack.svg'
        ]);
    });

    it("svc report --format md: its diagram folder holds this report's diagrams only", async () => {
        fs.writeFileSync(at('ws.svc'), servicesWorkspace(['Old']));
        expect((await svc('report', 'ws.svc', '--format', 'md', '--out', 'r.md')).code).toBe(0);
        fs.writeFileSync(at('r-diagrams/notes.svg'), 'mine');
        fs.writeFileSync(at('ws.svc'), servicesWorkspace(['New']));
        expect((await svc('report', 'ws.svc', '--format', 'md', '--out', 'r.md')).code).toBe(0);
        expect(fs.readdirSync(at('r-diagrams')).sort()).toEqual([
            'agility.svg',
            'alignment.svg',
            'gaps-p.New.svg',
            'notes.svg',
            'profile-p.New.svg',
            'stack.svg'
        ]);
    });
});

describe('svc format changes whitespace only', () => {
    it('refuses a file that is not valid UTF-8 (exit 1) and leaves its bytes as they are', async () => {
        // Latin-1 in a string, and a lone lead byte in a comment: both would come back as U+FFFD.
        const bytes = Buffer.concat([
            Buffer.from('need   N "caf'),
            Buffer.from([0xe9]),
            Buffer.from('" {raised 2010-01-01}\n// '),
            Buffer.from([0xc3]),
            Buffer.from('\n')
        ]);
        fs.writeFileSync(at('latin1.svc'), bytes);
        fs.writeFileSync(at('ok.svc'), MESSY);
        expect(await svc('format', '.')).toEqual({ code: 1, stdout: 'ok.svc\n', stderr: 'svc: cannot format latin1.svc: not valid UTF-8\n' });
        expect(fs.readFileSync(at('latin1.svc')).equals(bytes)).toBe(true);
        expect(await svc('format', '--check', 'latin1.svc')).toEqual({ code: 1, stdout: '', stderr: 'svc: cannot format latin1.svc: not valid UTF-8\n' });
    });

    it('keeps an edit saved while it formats: the file is skipped (exit 1) and holds the edit', async context => {
        // A file big enough that formatting it takes a while, so the edit lands between svc's read and its write.
        const big = Array.from({ length: 4000 }, (_, i) => `need   N${i} "n" {raised 2010-01-01\n priority high}`).join('\n');
        const file = at('big.svc');
        fs.writeFileSync(file, big);
        // Reading a file updates its access time when that is older than its modification time
        // (relatime): the moment svc has read the file shows, and the edit follows it at once.
        fs.utimesSync(file, new Date(0), new Date());
        fs.readFileSync(file);
        if (fs.statSync(file).atimeMs === 0) context.skip('this file system does not record reads');
        fs.utimesSync(file, new Date(0), new Date());
        const child = spawn(process.execPath, [CLI, 'format', 'big.svc'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', chunk => (stdout += chunk));
        child.stderr.on('data', chunk => (stderr += chunk));
        const exited = new Promise<number | null>(resolve => child.on('close', resolve));
        while (fs.statSync(file).atimeMs === 0 && child.exitCode === null) await sleep(1);
        const edited = `${big}\nneed   Edited`;
        fs.writeFileSync(file, edited);
        expect(await exited).toBe(1);
        expect({ stdout, stderr }).toEqual({ stdout: '', stderr: 'svc: not formatting big.svc: it changed while being formatted\n' });
        expect(fs.readFileSync(file, 'utf8')).toBe(edited);
        expect(fs.readdirSync(root)).toEqual(['big.svc']);
    });

    it('replaces a file whole, keeping its permissions', async () => {
        fs.writeFileSync(at('need.svc'), MESSY);
        fs.chmodSync(at('need.svc'), 0o640);
        expect((await svc('format', 'need.svc')).code).toBe(0);
        expect(fs.statSync(at('need.svc')).mode & 0o777).toBe(0o640);
        expect(fs.readdirSync(root)).toEqual(['need.svc']);
    });
});
