import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './support/paths.js';
import { svcIn } from './support/run-cli.js';
import { freshFolderPerTest } from './support/temp-folder.js';

const FILES = ['policy.svc', 'business.svc', 'it.svc', 'governance.svc', '.vscode/extensions.json', '.github/workflows/svc.yml'];
const manifest = (file: string) => JSON.parse(fs.readFileSync(path.join(REPO, file), 'utf8')) as { name: string; version: string; publisher: string };

let root: string;

const svc = (...args: string[]) => svcIn(root, args);
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

freshFolderPerTest('svc-init-', folder => (root = folder));

describe('svc init', () => {
    it('creates the folder and a workspace that validates with no diagnostic at all', () => {
        expect(svc('init', 'specs')).toEqual({ code: 0, stdout: FILES.map(file => `specs/${file}\n`).join(''), stderr: '' });
        const validate = svc('validate', 'specs', '--format', 'json');
        expect(validate.stderr).toBe('');
        expect(JSON.parse(validate.stdout)).toMatchObject({ diagnostics: [], summary: { files: 4, errors: 0, warnings: 0, infos: 0 } });
        expect(validate.code).toBe(0);
        // Already in the canonical layout, so `svc format --check` in CI passes from the start.
        expect(svc('format', '--check', 'specs')).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it('covers a need through the core IT levels and management, with a spec, an assessment and an alignment', () => {
        svc('init');
        const report = JSON.parse(svc('validate', '--format', 'json', '--indicators').stdout);
        expect(report.indicators.coverage.needs).toMatchObject({ count: 1, total: 1 });
        const declarations = FILES.filter(file => file.endsWith('.svc'))
            .map(read)
            .join('\n');
        for (const kind of ['policy', 'stakeholder', 'need', 'spec', 'assessment', 'alignment']) expect(declarations).toMatch(new RegExp(`^${kind}\\b`, 'm'));
        for (const level of ['service-design', 'development', 'it-operations', 'service-management']) expect(declarations).toContain(` at ${level} {`);
        expect(declarations).toMatch(/^package business$/m);
        expect(declarations).toMatch(/^package it$/m);
    });

    it('recommends the extension and installs the CI workflow of examples/ci', () => {
        svc('init');
        const extension = manifest('packages/vscode/package.json');
        expect(JSON.parse(read('.vscode/extensions.json'))).toEqual({ recommendations: [`${extension.publisher}.${extension.name}`] });
        expect(read('.github/workflows/svc.yml')).toBe(fs.readFileSync(path.join(REPO, 'examples/ci/github-workflow.yml'), 'utf8'));
        expect(read('.github/workflows/svc.yml')).toContain(`@svc-lang/cli@${manifest('packages/cli/package.json').version}`);
    });

    it('refuses to overwrite: exit 2 naming every existing file, and nothing written', () => {
        svc('init');
        fs.writeFileSync(path.join(root, 'it.svc'), 'package mine\n');
        const again = svc('init');
        expect(again.code).toBe(2);
        expect(again.stdout).toBe('');
        expect(again.stderr).toBe(`svc: refusing to overwrite existing files, so nothing was written: ${FILES.join(', ')}\n`);
        expect(read('it.svc')).toBe('package mine\n');
    });

    it('writes none of its files when only one of them is in the way, a link included', () => {
        fs.mkdirSync(path.join(root, '.vscode'));
        fs.symlinkSync(path.join(root, 'nowhere'), path.join(root, '.vscode/extensions.json'));
        const run = svc('init', '.');
        expect(run).toEqual({ code: 2, stdout: '', stderr: 'svc: refusing to overwrite existing files, so nothing was written: .vscode/extensions.json\n' });
        expect(fs.readdirSync(root).sort()).toEqual(['.vscode']);
        expect(fs.existsSync(path.join(root, 'nowhere'))).toBe(false);
    });

    it('refuses a folder that is a file', () => {
        fs.writeFileSync(path.join(root, 'specs'), '');
        expect(svc('init', 'specs')).toEqual({ code: 2, stdout: '', stderr: 'svc: not a folder: specs\n' });
    });
});
