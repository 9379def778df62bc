// The extension's static contributions, checked without VS Code: every path exists, the
// the settings name the real rules, the .vsix holds only what it must.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '@svc-lang/core';
import { OPEN_PREVIEW_COMMAND } from '@svc-lang/language/protocol';

const PACKAGE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (path: string) => JSON.parse(readFileSync(join(PACKAGE, path), 'utf8'));
const manifest = readJson('package.json');
const contributes = manifest.contributes;
const languageConfiguration = readJson('language-configuration.json');

describe('package.json', () => {
    it('points at files that exist (the grammar is copied there by the build)', () => {
        const language = contributes.languages[0];
        const paths = [
            manifest.main,
            language.configuration,
            language.icon.light,
            language.icon.dark,
            ...contributes.grammars.map((g: { path: string }) => g.path)
        ];
        for (const path of paths) expect(existsSync(join(PACKAGE, path)), path).toBe(true);
    });

    it('gives the grammar the scope name the TextMate file declares', () => {
        const [grammar] = contributes.grammars;
        expect(grammar).toMatchObject({ language: 'svc', scopeName: 'source.svc' });
        expect(readJson(grammar.path).scopeName).toBe(grammar.scopeName);
    });

    it('puts the preview on the title bar of .svc editors only', () => {
        expect(contributes.menus['editor/title']).toEqual([{ command: 'svc.openPreview', when: 'resourceLangId == svc', group: 'navigation' }]);
        expect(contributes.commands.find((c: { command: string }) => c.command === 'svc.openPreview').icon).toBe('$(preview)');
    });

    it('declares exactly the commands the extension registers', () => {
        const source = readFileSync(join(PACKAGE, 'src/extension.ts'), 'utf8');
        // A command is registered by its literal name, or by a constant of the protocol shared with the server.
        const constants: Record<string, string> = { OPEN_PREVIEW_COMMAND };
        const registered = [...source.matchAll(/registerCommand\((?:'([^']+)'|(\w+))/g)].map(m => m[1] ?? constants[m[2]!]);
        expect(contributes.commands.map((c: { command: string }) => c.command).sort()).toEqual(registered.sort());
    });

    it('offers every rule of the catalogue, and only those, in svc.policy.rules', () => {
        const rules = contributes.configuration.properties['svc.policy.rules'];
        expect([...rules.propertyNames.enum].sort(), 'run `npm run docs:rules` after adding a rule').toEqual(RULES.map(r => r.id).sort());
        expect(rules.additionalProperties.enum).toEqual(['error', 'warning', 'info', 'off']);
    });
});

describe('language configuration', () => {
    const words = (line: string) => line.match(new RegExp(languageConfiguration.wordPattern, 'g'));

    it('keeps hyphenated levels, rule ids, dates and units whole, and splits qualified names', () => {
        expect(words('service S at business-process-execution {')).toEqual(['service', 'S', 'at', 'business-process-execution']);
        expect(words('rule spec-unsigned error')).toEqual(['rule', 'spec-unsigned', 'error']);
        expect(words('raised 2010-02-01  metric a 99.5% measures x  timeToFix 2d')).toEqual([
            'raised',
            '2010-02-01',
            'metric',
            'a',
            '99.5%',
            'measures',
            'x',
            'timeToFix',
            '2d'
        ]);
        expect(words('import org1.business')).toEqual(['import', 'org1', 'business']);
    });

    it('indents .svc files with two spaces, whatever a file happens to hold', () => {
        expect(contributes.configurationDefaults['[svc]']).toMatchObject({
            'editor.tabSize': 2,
            'editor.insertSpaces': true,
            'editor.detectIndentation': false
        });
    });

    it('does not split words at hyphens on double-click either', () => {
        expect(contributes.configurationDefaults['[svc]']['editor.wordSeparators']).not.toContain('-');
    });
});

describe('the .vsix', () => {
    it('holds the bundles (ELK and the preview page beside them), the grammar, the language configuration, icon, manifest, README and LICENSE only', () => {
        const vsce = resolve(PACKAGE, '../../node_modules/@vscode/vsce/vsce');
        const files = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: PACKAGE, encoding: 'utf8' });
        expect(files.trim().split('\n').sort()).toEqual([
            'LICENSE',
            'README.md',
            'icons/svc.svg',
            'language-configuration.json',
            'out/elk.cjs',
            'out/extension.cjs',
            'out/preview/preview.css',
            'out/preview/preview.js',
            'out/server.cjs',
            'package.json',
            'syntaxes/svc.tmLanguage.json'
        ]);
    });
});
