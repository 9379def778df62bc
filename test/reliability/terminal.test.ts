import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { activeCharacter } from '../support/terminal.js';
import { freshFolderPerTest } from '../support/temp-folder.js';

/**
 * What a .svc file and its name hold must reach the terminal as text, never as a command: ESC
 * sequences (erase lines, move the cursor, set the title), C1 controls and bidi overrides. The
 * checks read the bytes the CLI writes, and once through a real pseudo-terminal.
 */

/** A name that would colour the rest of the line red and reverse it. */
const RED_FILE = 'a\u001b[31mred\u202e.svc';
/** A string token quoted in a syntax error that would erase the line above and set the window title. */
const BROKEN = 'need N "\u001b[2K\u001b[1A\u202e gnp.exe" {\n  priority "\u001b]0;pwned\u0007"\n}\n';
const MESSY = 'need   N "\u009b2J x"\n';

let root: string;
freshFolderPerTest('svc-terminal-', folder => (root = folder));

function write(files: Record<string, string>): void {
    for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(root, file), text);
}

function expectInert(output: string, what: string): void {
    expect(activeCharacter(output), `${what}: ${JSON.stringify(output)}`).toBeUndefined();
}

describe('terminal output', () => {
    it('shows escapes from file names and file text in text, github and stderr output, and obeys none', () => {
        write({ [RED_FILE]: BROKEN, 'm\u001b]0;t\u0007.svc': MESSY });
        const runs = {
            text: runCli(['validate', '--indicators', '.'], root),
            github: runCli(['validate', '--format', 'github', '.'], root),
            format: runCli(['format', '.'], root),
            'format --check': runCli(['format', '--check', '.'], root),
            'missing path': runCli(['validate', 'gone\u001b[2J.svc'], root),
            render: runCli(['render', '--view', 'stack', '--out', 'out\u001b[2J', '.'], root),
            report: runCli(['report', '--out', 'r\u001b[2J.html', '.'], root),
            export: runCli(['export', '--out', 'e\u202e.json', '.'], root)
        };
        for (const [name, run] of Object.entries(runs)) {
            expectInert(run.stdout, `${name} stdout`);
            expectInert(run.stderr, `${name} stderr`);
            expect(run.stderr, name).toMatch(/^(svc: [^\n]*\n)*$/);
        }
        // The syntax error on line 2 quotes the string token: shown, escapes and all.
        const quoted = runs.text.stdout.split('\n').find(line => line.startsWith(String.raw`a\x1b[31mred\u202e.svc:2:12 error `));
        expect(quoted).toContain(String.raw`'"\x1b]0;pwned\x07"'`);
        expect(runs.github.stdout).toContain(String.raw`::error file=a\x1b[31mred\u202e.svc,line=2,col=12`);
        expect(runs.format.stdout).toBe(String.raw`m\x1b]0;t\x07.svc` + '\n');
        expect(runs.format.stderr).toBe(String.raw`svc: cannot format a\x1b[31mred\u202e.svc: syntax errors` + '\n');
        expect(runs['missing path'].stderr).toBe(String.raw`svc: no such file or folder: gone\x1b[2J.svc` + '\n');
        expect(runs.render.stdout).toBe(String.raw`out\x1b[2J/stack.svg` + '\n');
        expect(runs.export.stdout).toBe(String.raw`e\u202e.json` + '\n');
        // The files themselves have the names asked for: only what is shown is escaped.
        expect(fs.existsSync(path.join(root, 'out\u001b[2J/stack.svg'))).toBe(true);
    });

    it.skipIf(process.platform !== 'linux')('writes no escape but its own colours to a real terminal', () => {
        write({ [RED_FILE]: BROKEN });
        // script(1) runs the command on a pseudo-terminal: stdout is a TTY, so the report is coloured.
        const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm-256color' };
        delete env['NO_COLOR'];
        const command = [process.execPath, CLI, 'validate', '.'].map(arg => `'${arg}'`).join(' ');
        const run = spawnSync('script', ['-q', '-e', '-c', command, '/dev/null'], { cwd: root, env, encoding: 'utf8' });
        expect(run.status).toBe(1);
        // The terminal's own line endings, then svc's colours (SGR: ESC [ digits m), are all it may hold.
        const shown = run.stdout.replace(/\r\n/g, '\n');
        expect(shown).toMatch(/\u001b\[31merror\u001b\[39m/);
        expectInert(shown.replace(/\u001b\[\d+m/g, ''), 'pty');
        expect(shown).toContain(String.raw`\x1b]0;pwned\x07`);
    });
});
