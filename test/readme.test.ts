import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '@svc/core';
import { withRulesTable } from '../scripts/rules-table.mjs';
import { REPO } from './support/paths.js';

describe('README', () => {
    it('lists every rule of the catalogue with its default severity (run `npm run docs:rules` to update)', () => {
        const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
        expect(withRulesTable(readme, RULES)).toBe(readme);
        for (const rule of RULES) {
            expect(readme).toContain(`| \`${rule.id}\` | ${rule.defaultSeverity} |`);
        }
    });
});
