import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatSvcText } from '../src/formatting/format-text.js';
import { createSvcServices } from '../src/svc-module.js';
import { buildWorkspace, parseOne } from './helpers.js';

const { Svc } = createSvcServices(EmptyFileSystem);
const format = (text: string) => formatSvcText(text, Svc);
const lines = (...text: string[]) => text.map(line => `${line}\n`).join('');

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const EXAMPLE_FILES = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
    .filter(file => file.endsWith('.svc'))
    .sort();
const example = (file: string) => readFileSync(join(EXAMPLES, file), 'utf8');

/** Every token as the lexer sees it, comments included (without trailing blanks): what formatting must not change. */
function tokens(text: string): string[] {
    const lexed = Svc.parser.Lexer.tokenize(text);
    return [...lexed.tokens, ...lexed.hidden].sort((a, b) => a.startOffset - b.startOffset).map(token => token.image.replace(/[ \t]+(?=\r|\n|$)/g, ''));
}

const comments = (text: string) => Svc.parser.Lexer.tokenize(text).hidden.map(token => token.image.trimEnd());

/** The example's tokens joined by arbitrary whitespace (the same every run), as a careless author might write them. */
function scrambled(text: string): string {
    const lexed = Svc.parser.Lexer.tokenize(text);
    const all = [...lexed.tokens, ...lexed.hidden].sort((a, b) => a.startOffset - b.startOffset);
    const gaps = [' ', '\n', '   ', '\n\n\n  ', '\t', ' \n '];
    return all.map((token, index) => token.image + (token.image.startsWith('//') ? '\n' : gaps[(index * 7) % gaps.length])).join('');
}

describe('the canonical layout of each declaration kind', () => {
    it('package, imports, stakeholders, properties and common dimensions', () => {
        expect(
            format(
                [
                    'package   acme . bids',
                    'import acme.core',
                    'stakeholder   Boss "Boss"{perspective business role "Runs it"}',
                    'stakeholder CIO',
                    '  { perspective it }',
                    'property resilience "Resilience" {',
                    'group core dimension recovery "Time to recover"',
                    '}',
                    'dimension maturity   "Maturity"'
                ].join('\n')
            )
        ).toBe(
            lines(
                'package acme.bids',
                'import acme.core',
                'stakeholder Boss "Boss" { perspective business  role "Runs it" }',
                'stakeholder CIO { perspective it }',
                'property resilience "Resilience" {',
                '  group core',
                '  dimension recovery "Time to recover"',
                '}',
                'dimension maturity "Maturity"'
            )
        );
    });

    it('needs, gaps and changes: one item per line in a broken block, score maps as written', () => {
        expect(
            format(
                [
                    'need CostEstimating "Estimate" {',
                    'raisedBy BidManager,Estimator raised 2010-02-01',
                    '      priority high objective "Win"',
                    '  context external',
                    '  requires {functionality 80 performance 70}',
                    '  expects {',
                    '  functionality 70',
                    '  }',
                    '}',
                    'gap G on CostEstimating "short" { shortfall { functionality 40 } }',
                    'change C "move" { kind market date 2010-01-10 affects CostEstimating , Other }'
                ].join('\n')
            )
        ).toBe(
            lines(
                'need CostEstimating "Estimate" {',
                '  raisedBy BidManager, Estimator',
                '  raised 2010-02-01',
                '  priority high',
                '  objective "Win"',
                '  context external',
                '  requires { functionality 80  performance 70 }',
                '  expects {',
                '    functionality 70',
                '  }',
                '}',
                'gap G on CostEstimating "short" { shortfall { functionality 40 } }',
                'change C "move" { kind market  date 2010-01-10  affects CostEstimating, Other }'
            )
        );
    });

    it('services, specs and assessments', () => {
        expect(
            format(
                [
                    'service S "Pkg" at business-process-execution{nature mix 70% product',
                    'provider external owner CIO addresses N supportedBy A,B manages C}',
                    'service H at it-operations',
                    'spec X for S { version "1.2" agreedBy B, C commits { functionality 75 performance 80 }',
                    'metric availability 99.5% measures performance metric timeToFix 2d }',
                    'assessment Q of S {date 2010-09-30 assessors B,C',
                    'score functionality 60 { leadership 50 budget 70 }',
                    'score understanding 40 "rarely" {leadership 30}',
                    'score performance 85 }'
                ].join('\n')
            )
        ).toBe(
            lines(
                'service S "Pkg" at business-process-execution {',
                '  nature mix 70% product',
                '  provider external',
                '  owner CIO',
                '  addresses N',
                '  supportedBy A, B',
                '  manages C',
                '}',
                'service H at it-operations',
                'spec X for S {',
                '  version "1.2"',
                '  agreedBy B, C',
                '  commits { functionality 75  performance 80 }',
                '  metric availability 99.5% measures performance',
                '  metric timeToFix 2d',
                '}',
                'assessment Q of S {',
                '  date 2010-09-30',
                '  assessors B, C',
                '  score functionality 60 { leadership 50  budget 70 }',
                '  score understanding 40 "rarely" { leadership 30 }',
                '  score performance 85',
                '}'
            )
        );
    });

    it('alignments and policies', () => {
        expect(
            format(
                [
                    'alignment R "Realign" { respondsTo C, G aligns N with S, T',
                    'governance { forum "Board" accountable B, CIO } risk medium "errors"',
                    'resources {budget 120000 GBP people 3} responded 2010-04-15 tbe before 51 after 66 }',
                    'policy { tolerance 10 maxResponseDays 90 asOf 2011-01-01',
                    'rule spec-unsigned error rule alignment-unmeasured off }',
                    'policy {}'
                ].join('\n')
            )
        ).toBe(
            lines(
                'alignment R "Realign" {',
                '  respondsTo C, G',
                '  aligns N with S, T',
                '  governance { forum "Board"  accountable B, CIO }',
                '  risk medium "errors"',
                '  resources { budget 120000 GBP  people 3 }',
                '  responded 2010-04-15',
                '  tbe before 51 after 66',
                '}',
                'policy {',
                '  tolerance 10',
                '  maxResponseDays 90',
                '  asOf 2011-01-01',
                '  rule spec-unsigned error',
                '  rule alignment-unmeasured off',
                '}',
                'policy { }'
            )
        );
    });

    it('tells an item keyword from a name that shares its text', () => {
        expect(format('need risk\nneed budget\nchange C { affects risk, budget kind market }')).toBe(
            lines('need risk', 'need budget', 'change C { affects risk, budget  kind market }')
        );
    });

    it("keeps the user's grouping: one blank line where there were any, none where there were none", () => {
        expect(format('\n\nneed A\n\n\n\nneed B\nneed C\n\nservice S at development {\n\n  addresses A\n\n\n  addresses B\n\n}\n\n\n')).toBe(
            lines('need A', '', 'need B', 'need C', '', 'service S at development {', '  addresses A', '', '  addresses B', '}')
        );
    });
});

describe('comments', () => {
    const messy = [
        '/* header */',
        'need N {   // trailing   ',
        '      // own line',
        '  raised 2010-01-01 /* inline */ priority high',
        '  raisedBy A, // who',
        '     B',
        '  // last',
        '}   ',
        '// end   '
    ].join('\n');

    it('stay on their lines: after code with two spaces, on their own lines indented as the code after them', () => {
        expect(format(messy)).toBe(
            lines(
                '/* header */',
                'need N {  // trailing',
                '  // own line',
                '  raised 2010-01-01 /* inline */',
                '  priority high',
                '  raisedBy A,  // who',
                '    B',
                '  // last',
                '}',
                '// end'
            )
        );
    });

    it('are all kept, with their text', () => {
        for (const text of [messy, ...EXAMPLE_FILES.map(example)]) {
            expect(comments(format(text)!)).toEqual(comments(text));
        }
    });

    it('keep a block comment verbatim, trailing blanks aside', () => {
        const text = 'need N {\n    /* first  \n       second */\n  raised 2010-01-01\n}\n';
        expect(format(text)).toBe('need N {\n  /* first\n       second */\n  raised 2010-01-01\n}\n');
    });

    it('keep `// svc-ignore` on the line directly before its declaration', () => {
        expect(format('service A at development\n\n\n// svc-ignore service-unmanaged\nservice   B at it-operations')).toBe(
            lines('service A at development', '', '// svc-ignore service-unmanaged', 'service B at it-operations')
        );
        for (const file of EXAMPLE_FILES) {
            const before = example(file).split('\n');
            const after = format(example(file))!.split('\n');
            const ignored = (text: string[]) =>
                text.flatMap((line, index) => (/^\s*\/\/\s*svc-ignore/.test(line) ? [`${line} / ${text[index + 1]!.trim().split(' ')[1]}`] : []));
            expect(ignored(after), file).toEqual(ignored(before));
        }
    });
});

describe('safety', () => {
    it.each(EXAMPLE_FILES)('is idempotent on %s, as written and scrambled', file => {
        for (const text of [example(file), scrambled(example(file))]) {
            const once = format(text)!;
            expect(format(once)).toBe(once);
        }
    });

    it.each(EXAMPLE_FILES)('keeps every token of %s, as written and scrambled', file => {
        for (const text of [example(file), scrambled(example(file))]) {
            expect(tokens(format(text)!)).toEqual(tokens(text));
        }
    });

    it('gives every example folder the same diagnostics after formatting, apart from positions', async () => {
        const folders = [...new Set(EXAMPLE_FILES.map(file => file.split(/[\\/]/)[0]!))];
        for (const folder of folders) {
            const files = EXAMPLE_FILES.filter(file => file.startsWith(folder));
            const original = Object.fromEntries(files.map(file => [relative(folder, file), scrambled(example(file))]));
            const formatted = Object.fromEntries(Object.entries(original).map(([file, text]) => [file, format(text)!]));
            expect(await diagnostics(formatted), folder).toEqual(await diagnostics(original));
        }
    });

    it('keeps CRLF line endings, and LF ones', () => {
        const crlf = format('need A {\r\n raised 2010-01-01 }\r\n\r\n\r\nneed B');
        expect(crlf).toBe('need A {\r\n  raised 2010-01-01\r\n}\r\n\r\nneed B\r\n');
        expect(format('need A {\n raised 2010-01-01 }')).not.toContain('\r');
    });

    it('keeps a byte order mark; leaves an empty file empty', () => {
        expect(format('\uFEFFneed A  ')).toBe('\uFEFFneed A\n');
        expect(format(' \n\n')).toBe('');
    });

    it('formats nothing in a document with syntax errors', () => {
        expect(format('need N {\n  raised\n}')).toBeUndefined();
        expect(format('need N "unterminated\n')).toBeUndefined();
    });
});

async function diagnostics(files: Record<string, string>): Promise<string[]> {
    const { Svc: services } = await buildWorkspace(files);
    const { findingsByUri } = services.analysis.WorkspaceAnalysis.analyse({ today: '2011-01-01' });
    return (
        [...findingsByUri.values()]
            .flat()
            // Messages that say where a policy setting came from name its line (`policy.svc:4`): a position too.
            .map(f => `${f.location.uri} ${f.severity} ${f.rule} ${f.element ?? ''} ${f.message.replace(/(\.svc):\d+/g, '$1:<line>')}`)
            .sort()
    );
}

describe('the editor formatter (textDocument/formatting)', () => {
    const text = 'need A {raised 2010-01-01}\nneed   B\n\n\n\nneed C { priority high }\n';

    async function formatting(source: string, range?: { start: { line: number; character: number }; end: { line: number; character: number } }) {
        const document = await parseOne(source);
        const formatter = Svc.lsp.Formatter!;
        const params = { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: false } };
        const edits = await (range ? formatter.formatDocumentRange(document, { ...params, range }) : formatter.formatDocument(document, params));
        return { edits, result: TextDocument.applyEdits(TextDocument.create('file:///x.svc', 'svc', 1, source), edits) };
    }

    it('is registered, and edits the document into what formatSvcText gives, whatever the editor options', async () => {
        const { edits, result } = await formatting(text);
        expect(edits.length).toBeGreaterThan(1);
        expect(result).toBe(format(text));
    });

    it('changes only whitespace, and only what needs to change', async () => {
        expect((await formatting(format(text)!)).edits).toEqual([]);
        for (const edit of (await formatting(text)).edits) {
            expect(edit.newText).toMatch(/^\s*$/);
        }
    });

    it('formats a range: only the edits that touch it', async () => {
        const { result } = await formatting(text, { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } });
        expect(result).toBe('need A {raised 2010-01-01}\nneed B\n\n\n\nneed C { priority high }\n');
    });

    it('returns no edits for a document with syntax errors', async () => {
        expect((await formatting('need N {\n      raised\n}')).edits).toEqual([]);
    });
});
