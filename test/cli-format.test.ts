import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { svcIn } from './support/run-cli.js';
import { freshFolderPerTest } from './support/temp-folder.js';

const FORMATTED = 'stakeholder Boss { perspective business }\n';
const MESSY = 'need   N "x" {raised 2010-01-01\n priority high}';
const MESSY_FORMATTED = 'need N "x" {\n  raised 2010-01-01\n  priority high\n}\n';
const BROKEN = 'need N {\n  raised\n}\n';

let root: string;

const svc = (...args: string[]) => svcIn(root, args);

function write(files: Record<string, string>): void {
    for (const [file, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.writeFileSync(path.join(root, file), text);
    }
}

const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

freshFolderPerTest('svc-format-', folder => (root = folder));

describe('svc format --check', () => {
    it('exits 0 and prints nothing when every file is formatted', () => {
        write({ 'specs/boss.svc': FORMATTED });
        expect(svc('format', '--check', 'specs')).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it('exits 1 listing the files that would change, and writes nothing', () => {
        write({ 'specs/boss.svc': FORMATTED, 'specs/need.svc': MESSY, 'specs/deeper/also.svc': MESSY });
        expect(svc('format', '--check', 'specs')).toEqual({ code: 1, stdout: 'specs/deeper/also.svc\nspecs/need.svc\n', stderr: '' });
        expect(read('specs/need.svc')).toBe(MESSY);
    });
});

describe('svc format', () => {
    it('rewrites the files that change in place, lists them, and leaves the others untouched', () => {
        write({ 'boss.svc': FORMATTED, 'need.svc': MESSY });
        const untouched = fs.statSync(path.join(root, 'boss.svc')).mtimeMs;
        expect(svc('format')).toEqual({ code: 0, stdout: 'need.svc\n', stderr: '' });
        expect(read('need.svc')).toBe(MESSY_FORMATTED);
        expect(fs.statSync(path.join(root, 'boss.svc')).mtimeMs).toBe(untouched);
        expect(svc('format', '--check')).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it('keeps CRLF line endings', () => {
        write({ 'need.svc': MESSY.replace(/\n/g, '\r\n') });
        expect(svc('format', 'need.svc').code).toBe(0);
        expect(read('need.svc')).toBe(MESSY_FORMATTED.replace(/\n/g, '\r\n'));
    });

    it('skips a file with syntax errors with one line on stderr, formats the rest, and exits 1', () => {
        write({ 'a/broken.svc': BROKEN, 'a/need.svc': MESSY });
        expect(svc('format', 'a')).toEqual({ code: 1, stdout: 'a/need.svc\n', stderr: 'svc: cannot format a/broken.svc: syntax errors\n' });
        expect(read('a/broken.svc')).toBe(BROKEN);
        expect(svc('format', '--check', 'a')).toEqual({ code: 1, stdout: '', stderr: 'svc: cannot format a/broken.svc: syntax errors\n' });
    });

    it('writes only under the given paths', () => {
        write({ 'given/need.svc': MESSY, 'other/need.svc': MESSY });
        expect(svc('format', 'given').stdout).toBe('given/need.svc\n');
        expect(read('other/need.svc')).toBe(MESSY);
    });

    it.skipIf(process.platform === 'win32')('does not write through a symbolic link, wherever it points', () => {
        write({ 'outside/need.svc': MESSY, 'given/own.svc': MESSY });
        fs.symlinkSync(path.join(root, 'outside/need.svc'), path.join(root, 'given/link.svc'));
        fs.symlinkSync('own.svc', path.join(root, 'given/inside.svc'));
        expect(svc('format', 'given')).toEqual({
            code: 1,
            stdout: 'given/own.svc\n',
            stderr: 'svc: refusing to write given/inside.svc: it is a symbolic link\nsvc: refusing to write given/link.svc: it is a symbolic link\n'
        });
        expect(read('outside/need.svc')).toBe(MESSY);
        expect(fs.lstatSync(path.join(root, 'given/inside.svc')).isSymbolicLink()).toBe(true);
    });

    it('exits 2 with one line on stderr for a missing path or an unknown option', () => {
        write({ 'need.svc': MESSY });
        expect(svc('format', 'missing')).toEqual({ code: 2, stdout: '', stderr: 'svc: no such file or folder: missing\n' });
        const unknown = svc('format', '--fix');
        expect(unknown.code).toBe(2);
        expect(unknown.stderr).toMatch(/^svc: [^\n]*--fix[^\n]*\n$/);
        expect(read('need.svc')).toBe(MESSY);
    });
});
