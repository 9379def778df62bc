import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '@svc-lang/core';
import { GENERATED } from '../../scripts/rule-docs.mjs';
import { REPO } from '../support/paths.js';

const read = (path: string) => readFileSync(join(REPO, path), 'utf8');

describe('the files generated from the rule catalogue', () => {
    it.each(Object.entries(GENERATED))('%s is what `npm run docs:rules` writes', (path, generate) => {
        const text = read(path);
        expect(generate(text, RULES), `${path} differs from the catalogue: run \`npm run docs:rules\``).toBe(text);
    });

    it('list every rule: all in the README and the settings, those of the language reference in its table', () => {
        const readme = read('README.md');
        const reference = read('docs/language.md');
        const settings = JSON.parse(read('packages/vscode/package.json')).contributes.configuration.properties['svc.policy.rules'];
        for (const rule of RULES) {
            expect(readme).toContain(`| \`${rule.id}\` | ${rule.defaultSeverity} | ${rule.description}`);
            expect(reference.includes(`| \`${rule.id}\` | ${rule.defaultSeverity} | ${rule.reference?.firesWhen}`), rule.id).toBe(rule.reference !== undefined);
        }
        expect(settings.propertyNames.enum).toEqual(RULES.map(rule => rule.id));
    });
});
