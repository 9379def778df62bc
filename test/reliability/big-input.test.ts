import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../support/paths.js';
import { HOSTILE } from './hostile.js';
import { denseFile } from '../../bench/generate.js';
import { sarifErrors } from '../../packages/cli/test/sarif-schema.js';

interface JsonDiagnostic {
    file: string;
    line: number;
    column: number;
    rule: string;
    severity: string;
    message: string;
}

let root: string;

function svc(args: string[]) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 256 << 20 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr, seconds: (performance.now() - started) / 1000 };
}

function write(file: string, content: string | Buffer) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
}

beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'svc-big-'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('svc validate on big and odd input', () => {
    // The 10 s target for 5 MB is the benchmark's to measure (timed tests flake on a loaded
    // machine); here it must finish, cleanly, well within the test's limit.
    it('validates a 5 MB file', () => {
        write('large/large.svc', denseFile(5));
        const run = svc(['validate', 'large']);
        console.info(`5 MB file: ${run.seconds.toFixed(1)} s`);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
    }, 120_000);

    it('reports odd files with diagnostics, short lines and exit 1, never a crash', () => {
        const cycle = Array.from({ length: 1000 }, (_, i) => `service S${i} at development { supportedBy S${(i + 1) % 1000} }`);
        write('odd/bom.svc', '\uFEFFpackage bom\nneed A\n');
        write('odd/crlf.svc', 'package crlf\r\nneed A {\r\n  raised 2010-02-30\r\n}\r\n');
        write('odd/nul.svc', 'package nul\nneed A\u0000\n');
        write('odd/invalid-utf8.svc', Buffer.concat([Buffer.from('package utf\nneed A '), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('\n')]));
        // Lone surrogates cannot be UTF-8; written as their three-byte (WTF-8) form, as some tools do.
        write(
            'odd/surrogate.svc',
            Buffer.concat([
                Buffer.from('package sur\nneed A "'),
                Buffer.from([0xed, 0xa0, 0x80]),
                Buffer.from('"\nneed '),
                Buffer.from([0xed, 0xb0, 0x80]),
                Buffer.from('B\n')
            ])
        );
        write('odd/long-name.svc', `package long\nneed ${'N'.repeat(1 << 20)}\nservice S at development { addresses ${'N'.repeat(1 << 20)} }\n`);
        write('odd/duplicates.svc', `package dup\n${'need Same\n'.repeat(10_000)}`);
        write('odd/cycle.svc', `package cyc\n${cycle.join('\n')}\n`);
        Object.values(HOSTILE).forEach((text, i) => write(`odd/hostile-${i}.svc`, `package hostile${i}\n${text}`));

        const run = svc(['validate', '--format', 'json', 'odd']);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(1);
        const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: JsonDiagnostic[] };
        const of = (file: string) => diagnostics.filter(d => d.file === `odd/${file}`);
        const rules = (file: string) => new Set(of(file).map(d => d.rule));

        expect(of('bom.svc').map(d => [d.line, d.column, d.rule])).toEqual([[2, 6, 'need-uncovered']]);
        expect(of('crlf.svc').map(d => [d.line, d.column, d.rule])).toEqual([
            [2, 6, 'need-uncovered'],
            [3, 10, 'invalid-value']
        ]);
        expect(of('nul.svc').find(d => d.rule === 'syntax')?.message).toBe('Unexpected character U+0000.');
        expect(of('invalid-utf8.svc').find(d => d.rule === 'syntax')?.message).toMatch(/^Unexpected character U\+FFFD \(the file is not valid UTF-8 here\)/);
        expect(rules('surrogate.svc')).toEqual(new Set(['need-uncovered', 'syntax']));
        expect(rules('long-name.svc').has('service-unmanaged')).toBe(true);
        expect(of('long-name.svc').every(d => d.message.length < 300)).toBe(true);
        expect(of('duplicates.svc')).toHaveLength(1001);
        expect(of('duplicates.svc')[0]).toMatchObject({ rule: 'too-many-diagnostics', severity: 'info' });
        expect(rules('cycle.svc').has('support-cycle')).toBe(true);
        for (let i = 0; i < Object.keys(HOSTILE).length; i++) {
            expect(of(`hostile-${i}.svc`).length).toBeLessThanOrEqual(1001);
        }
    }, 60_000);

    it('keeps the 5,000 most severe results in SARIF, with a warning on stderr', () => {
        for (let file = 0; file < 6; file++) {
            write(`many/f${file}.svc`, `package p${file}\n${Array.from({ length: 1000 }, (_, i) => `need N${i}`).join('\n')}\n`);
        }
        const run = svc(['validate', '--format', 'sarif', 'many']);
        expect(run.code).toBe(1);
        expect(run.stderr).toBe('svc: warning: 6000 results, but GitHub code scanning keeps at most 5000 per run: only the 5000 most severe are included.\n');
        const sarif = JSON.parse(run.stdout);
        expect(sarifErrors(sarif)).toEqual([]);
        expect(sarif.runs[0].results).toHaveLength(5000);
        expect(sarif.runs[0].results.every((result: { level: string }) => result.level === 'error')).toBe(true);
    }, 60_000);
});
