import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './support/paths.js';

const vim = readFileSync(join(REPO, 'syntaxes/svc.vim'), 'utf8');
const grammar = readFileSync(join(REPO, 'packages/language/src/svc.langium'), 'utf8');

/** Every word of the grammar's `KeywordName` rule: the language's keywords, each also a name. */
function grammarKeywords(): string[] {
    const rule = /KeywordName returns string:([\s\S]*?);/.exec(grammar)![1]!;
    return [...rule.matchAll(/'([A-Za-z]+)'/g)].map(match => match[1]!).sort();
}

describe('Vim syntax file', () => {
    it('colours every keyword of the grammar, and nothing else, as a keyword', () => {
        const listed = [...vim.matchAll(/^syn keyword \w+ (.*)$/gm)].flatMap(match => match[1]!.split(/\s+/)).sort();
        expect(listed).toEqual(grammarKeywords());
    });

    it('matches levels and rule ids whole, and is detected for .svc files', () => {
        const level = /^syn match svcLevel \/(.*)\/$/m.exec(vim)![1]!;
        // Vim's \< \> \l \%( \+ in JavaScript's dialect: enough to check what the pattern accepts.
        const js = new RegExp(
            `^${level
                .replace(/\\<|\\>/g, '')
                .replace(/\\l/g, '[a-z]')
                .replace(/\\%\(/g, '(?:')
                .replace(/\\\+/g, '+')
                .replace(/\\\)/g, ')')}$`
        );
        expect(['business-process-execution', 'it-operations', 'need-stale'].every(word => js.test(word))).toBe(true);
        expect(js.test('service')).toBe(false);
        expect(readFileSync(join(REPO, 'syntaxes/ftdetect/svc.vim'), 'utf8')).toBe('autocmd BufRead,BufNewFile *.svc setfiletype svc\n');
    });
});
