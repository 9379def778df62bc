import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './support/paths.js';

interface Pattern {
    name?: string;
    match?: string;
}
const grammar = JSON.parse(readFileSync(join(REPO, 'syntaxes/svc.tmLanguage.json'), 'utf8')) as { scopeName: string; patterns: Pattern[] };

/** The scope the first matching top-level pattern gives `word` at the start of `text` (Oniguruma's order). */
function scopeAt(text: string, word: string): string | undefined {
    const offset = text.indexOf(word);
    for (const pattern of grammar.patterns) {
        if (!pattern.match) continue;
        // `u`: Oniguruma, like VS Code's, reads \p{L} as a Unicode property.
        const regex = new RegExp(pattern.match, 'gu');
        for (let match = regex.exec(text); match; match = regex.exec(text)) {
            if (match.index <= offset && offset < match.index + match[0].length) return `${pattern.name}:${match[0]}`;
            if (match[0] === '') regex.lastIndex++;
        }
    }
    return undefined;
}

describe('TextMate grammar', () => {
    it('colours hyphenated levels and rule ids whole, never the keyword inside them', () => {
        expect(scopeAt('service S at business-process-execution', 'business-process-execution')).toBe('constant.language.level.svc:business-process-execution');
        expect(scopeAt('service S at it-operations', 'it-operations')).toBe('constant.language.level.svc:it-operations');
        expect(scopeAt('  rule need-stale off', 'need-stale')).toBe('support.constant.rule-id.svc:need-stale');
    });

    it('colours Unicode names whole (revision 2), and the revision-2 items', () => {
        expect(scopeAt('need Scolarité "x"', 'need')).toBe('meta.declaration.svc:need Scolarité');
        expect(scopeAt('service 経理サービス at development', 'service')).toBe('meta.declaration.svc:service 経理サービス');
        expect(scopeAt('  decided 2010-03-01', 'decided')).toBe('keyword.other.item.svc:decided');
        expect(scopeAt('  supersedes OldSla', 'supersedes')).toBe('keyword.other.item.svc:supersedes');
    });

    it('tells declarations, their names, items, values and literals apart', () => {
        expect(scopeAt('need CostEstimating "x"', 'need')).toBe('meta.declaration.svc:need CostEstimating');
        expect(scopeAt('  raisedBy BidManager', 'raisedBy')).toBe('keyword.other.item.svc:raisedBy');
        expect(scopeAt('  perspective business', 'business')).toBe('constant.language.value.svc:business');
        expect(scopeAt('  raised 2010-02-01', '2010')).toBe('constant.other.date.svc:2010-02-01');
        expect(scopeAt('  metric availability 99.5% measures', '99.5')).toBe('constant.numeric.percent.svc:99.5%');
        expect(scopeAt('  metric timeToFix 2d measures', '2d')).toBe('constant.numeric.duration.svc:2d');
    });

    it('is the grammar the extension declares', () => {
        const manifest = JSON.parse(readFileSync(join(REPO, 'packages/vscode/package.json'), 'utf8'));
        expect(manifest.contributes.grammars[0].scopeName).toBe(grammar.scopeName);
    });
});
