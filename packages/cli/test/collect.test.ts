import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectSvcFiles } from '../src/collect.js';
import { UsageError } from '../src/errors.js';

describe('collecting .svc files', () => {
    let root: string;
    const write = (file: string) => {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.writeFileSync(path.join(root, file), '');
    };

    beforeAll(() => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), 'svc-collect-'));
        ['b.svc', 'a/z.svc', 'a/y.svc', 'a/notes.md', 'node_modules/dep/x.svc', '.hidden/x.svc', 'empty/readme.txt'].forEach(write);
    });
    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

    it('finds .svc files below folders, sorted, skipping node_modules and dot-folders', () => {
        const found = collectSvcFiles(['.'], root);
        expect(found.files).toEqual(['a/y.svc', 'a/z.svc', 'b.svc'].map(file => path.join(root, file)));
        expect(found.emptyFolders).toEqual([]);
    });

    it('takes each file once, however it is named', () => {
        expect(collectSvcFiles(['a', 'a/y.svc', './a'], root).files).toHaveLength(2);
    });

    it('lists folders that hold no .svc file', () => {
        expect(collectSvcFiles(['empty', 'b.svc'], root)).toEqual({ files: [path.join(root, 'b.svc')], emptyFolders: ['empty'] });
    });

    it('refuses missing paths and files that are not .svc', () => {
        expect(() => collectSvcFiles(['nope'], root)).toThrow(new UsageError('no such file or folder: nope'));
        expect(() => collectSvcFiles(['a/notes.md'], root)).toThrow(new UsageError('not a .svc file: a/notes.md'));
    });

    it.skipIf(process.platform === 'win32')('refuses a named pipe called .svc, which would block reading, and a link that cannot be opened', () => {
        spawnSync('mkfifo', [path.join(root, 'pipe.svc')]);
        expect(() => collectSvcFiles(['pipe.svc'], root)).toThrow(new UsageError('not a regular file: pipe.svc'));
        // Inside a folder such entries are not specifications: they are skipped, not read.
        fs.symlinkSync('loop.svc', path.join(root, 'loop.svc'));
        expect(() => collectSvcFiles(['loop.svc'], root)).toThrow(new UsageError('cannot read loop.svc: ELOOP'));
        expect(collectSvcFiles(['.'], root).files).toEqual(['a/y.svc', 'a/z.svc', 'b.svc'].map(file => path.join(root, file)));
    });
});
