import { describe, expect, it } from 'vitest';
import { expectCompletion } from 'langium/test';
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import { RULES } from '@svc-lang/core';
import { DECLARATION_SNIPPETS } from '../src/lsp/declaration-snippets.js';
import { buildWorkspace, parseOne } from './helpers.js';

const MODEL = `package acme
stakeholder BidManager "Bid manager" { perspective business }
stakeholder CIO { perspective it }
property resilience "Resilience" { group core  dimension recovery "Time to recover" }
need CostEstimating "Estimate costs"
need budget
service Estimator "Estimating package" at business-process-execution
service Hosting at it-operations
`;
const OTHER = 'package other\nneed Remote\nservice Faraway at development\n';

const CURSOR = '<|>';

/** Completion items at `<|>` in a file of package acme, next to MODEL and OTHER. */
async function complete(text: string): Promise<CompletionItem[]> {
    const offset = text.indexOf(CURSOR);
    const { Svc, documents } = await buildWorkspace({ 'model.svc': MODEL, 'other.svc': OTHER, 'edit.svc': text.replace(CURSOR, '') });
    const document = documents['edit.svc']!;
    const position = document.textDocument.positionAt(offset);
    const list = await Svc.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position });
    return list?.items ?? [];
}

const labels = (items: CompletionItem[]) => items.map(item => item.label);
const keywords = (items: CompletionItem[]) => items.filter(item => item.kind === CompletionItemKind.Keyword).map(item => item.label);

const NEEDS = ['CostEstimating', 'budget', 'other.Remote'];
const SERVICES = ['Estimator', 'Hosting', 'other.Faraway'];
const STAKEHOLDERS = ['BidManager', 'CIO'];
const BUILTIN_PROPERTIES = [
    'infrastructure',
    'functionality',
    'performance',
    'support',
    'delivery',
    'understanding',
    'relationship',
    'expectation',
    'skills',
    'strategy'
];
const LEVELS = [
    'business-engineering',
    'business-process-engineering',
    'business-process-execution',
    'service-design',
    'development',
    'it-operations',
    'service-management'
];

describe('completion: keywords in context', () => {
    it('proposes the declaration keywords at the top level', async () => {
        expect(labels(await complete('package acme\n<|>'))).toEqual(
            expect.arrayContaining(['stakeholder', 'property', 'need', 'gap', 'change', 'service', 'spec', 'assessment', 'alignment', 'policy'])
        );
    });

    it('proposes exactly the keywords of a service body', async () => {
        expect(labels(await complete('package acme\nservice S at development {\n  <|>\n}'))).toEqual([
            'nature',
            'provider',
            'owner',
            'addresses',
            'supportedBy',
            'manages'
        ]);
    });

    it.each([
        ['after an item', 'package acme\nservice S at development {\n  addresses CostEstimating\n  <|>\n}\nneed Later'],
        ['in a block not closed yet', 'package acme\nservice S at development {\n  nature product\n  <|>'],
        ['on a one-line block', 'package acme\nservice S at development { owner CIO <|> }'],
        ['with a level still being typed', 'package acme\nservice S at dev {\n  <|>\n}']
    ])("proposes only the service block's keywords %s, no top-level ones", async (_, text) => {
        expect(labels(await complete(text))).toEqual(['nature', 'provider', 'owner', 'addresses', 'supportedBy', 'manages']);
    });

    it('proposes nothing where a new declaration is named, although every keyword is a valid name', async () => {
        expect(await complete('package acme\nneed <|>')).toEqual([]);
    });
});

describe('completion: stack levels', () => {
    it('offers the levels after at, top to bottom, with their place on the stack', async () => {
        const { Svc } = await buildWorkspace({});
        await expectCompletion(Svc)({ text: 'service S at <|>', index: 0, expectedItems: LEVELS });
        const items = await complete('package acme\nservice S at <|>');
        expect(items.find(item => item.label === 'it-operations')).toMatchObject({
            kind: CompletionItemKind.EnumMember,
            detail: 'stack level 6 of 6 · core IT service'
        });
    });

    it('keeps offering levels while a hyphenated level is typed', async () => {
        expect(labels(await complete('package acme\nservice S at business-<|>'))).toEqual(LEVELS.slice(0, 3));
    });
});

describe('completion: references offer only names of the expected kind, and no keywords', () => {
    it.each(['raisedBy', 'agreedBy', 'accountable', 'assessors', 'owner'])('offers only stakeholders after %s', async keyword => {
        const context: Record<string, string> = {
            raisedBy: 'need N { raisedBy <|> }',
            agreedBy: 'spec X for Estimator { agreedBy <|> }',
            accountable: 'alignment A { governance { accountable <|> } }',
            assessors: 'assessment X of Estimator { assessors <|> }',
            owner: 'service S at development { owner <|> }'
        };
        expect(labels(await complete(`package acme\n${context[keyword]}`)).sort()).toEqual(STAKEHOLDERS);
    });

    it.each([
        ['addresses', 'service S at development { addresses <|> }'],
        ['addresses, after a comma', 'service S at development { addresses CostEstimating, <|> }'],
        ['affects', 'change C { affects <|> }'],
        ['aligns', 'alignment A { aligns <|> }'],
        ['gap … on', 'gap G on <|>']
    ])('offers only needs after %s', async (_, text) => {
        const items = await complete(`package acme\n${text}`);
        expect(labels(items).sort()).toEqual([...NEEDS].sort());
        expect(keywords(items)).toEqual([]);
    });

    it.each([
        ['supportedBy', 'service S at development { supportedBy <|> }'],
        ['manages', 'service S at service-management { manages <|> }'],
        ['with', 'alignment A { aligns CostEstimating with <|> }'],
        ['for', 'spec X for <|>'],
        ['of', 'assessment X of <|>']
    ])('offers only services after %s', async (_, text) => {
        const items = await complete(`package acme\n${text}`);
        const declared = text.startsWith('service') ? ['S'] : [];
        expect(labels(items).sort()).toEqual([...SERVICES, ...declared].sort());
        expect(keywords(items)).toEqual([]);
    });

    it('describes each candidate by its kind and title', async () => {
        const items = await complete('package acme\nservice S at development { addresses <|> }');
        expect(items.find(item => item.label === 'CostEstimating')).toMatchObject({ kind: CompletionItemKind.Interface, detail: 'need · Estimate costs' });
        expect(items.find(item => item.label === 'budget')).toMatchObject({ kind: CompletionItemKind.Interface, detail: 'need' });
    });

    it('offers a name only once: simple where visible, qualified otherwise, qualified while a qualifier is typed', async () => {
        expect(labels(await complete('package acme\nspec X for <|>'))).not.toContain('acme.Estimator');
        expect(labels(await complete('package other\nspec X for <|>')).sort()).toEqual(['Faraway', 'acme.Estimator', 'acme.Hosting']);
        expect(labels(await complete('package acme\nspec X for acme.<|>'))).toEqual(['acme.Estimator', 'acme.Hosting']);
        expect(labels(await complete('package acme\nspec X for Far<|>'))).toEqual(['other.Faraway']);
    });
});

describe('completion: declaration snippets', () => {
    /** Completion at `<|>` for a client that inserts snippets. */
    async function completeWithSnippets(text: string): Promise<CompletionItem[]> {
        const offset = text.indexOf(CURSOR);
        const { Svc, shared, documents } = await buildWorkspace({ 'edit.svc': text.replace(CURSOR, '') });
        await shared.lsp.LanguageServer.initialize({
            processId: null,
            rootUri: null,
            capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } } }
        });
        const document = documents['edit.svc']!;
        const position = document.textDocument.positionAt(offset);
        return (await Svc.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position }))?.items ?? [];
    }
    const snippets = (items: CompletionItem[]) =>
        items
            .filter(item => item.kind === CompletionItemKind.Snippet)
            .map(item => item.label)
            .sort();
    const DECLARATIONS = ['alignment', 'assessment', 'change', 'dimension', 'gap', 'import', 'need', 'policy', 'property', 'service', 'spec', 'stakeholder'];

    it('offers one per declaration at the top level, and none inside a block', async () => {
        expect(snippets(await completeWithSnippets('package acme\n<|>'))).toEqual(DECLARATIONS);
        expect(snippets(await completeWithSnippets('<|>'))).toEqual([...DECLARATIONS, 'package'].sort());
        expect(snippets(await completeWithSnippets('package acme\nservice S at development {\n  <|>\n}'))).toEqual([]);
        expect(snippets(await completeWithSnippets('package acme\nservice S at development {\n  nature <|>\n}'))).toEqual([]);
        // No snippets for a client that cannot insert them.
        expect(snippets(await complete('package acme\n<|>'))).toEqual([]);
    });

    // Snippet syntax → the text an editor inserts: the `choice`-th option of each choice (or its
    // last), each placeholder's default, fixed values for the date variables.
    const VARIABLES: Record<string, string> = { CURRENT_YEAR: '2011', CURRENT_MONTH: '01', CURRENT_DATE: '31' };
    function expand(body: string, choice: number): string {
        return body
            .replace(/\$\{\d+\|([^|]*)\|\}/g, (_, options: string) => {
                const all = options.split(',');
                return all[Math.min(choice, all.length - 1)]!;
            })
            .replace(/\$\{\d+:([^}]*)\}/g, '$1')
            .replace(/\$([A-Z_]+)/g, (_, name: string) => VARIABLES[name] ?? `<unknown variable ${name}>`)
            .replace(/\$\d+/g, '');
    }
    const choices = (body: string) => Math.max(1, ...[...body.matchAll(/\$\{\d+\|([^|]*)\|\}/g)].map(m => m[1]!.split(',').length));

    for (const [key, snippet] of DECLARATION_SNIPPETS) {
        it(`${key} parses as .svc with every choice`, async () => {
            for (let choice = 0; choice < choices(snippet.body); choice++) {
                const text = expand(snippet.body, choice);
                const { parseResult } = await parseOne(text);
                expect({ text, lexer: parseResult.lexerErrors, parser: parseResult.parserErrors.map(e => e.message) }).toEqual({ text, lexer: [], parser: [] });
            }
        });
    }
});

describe('completion: order of references', () => {
    it('ranks the same package first, then imported packages, then the rest; simple names before qualified ones', async () => {
        const { Svc, documents } = await buildWorkspace({
            'model.svc': MODEL,
            'other.svc': OTHER,
            'root.svc': 'need Rooted\n',
            'third.svc': 'package third\nneed Distant\n',
            'edit.svc': 'package other\nimport acme\nservice S at development { addresses  }\n'
        });
        const document = documents['edit.svc']!;
        const position = { line: 2, character: 38 };
        const items = (await Svc.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position }))?.items ?? [];
        const ranked = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '') || a.label.localeCompare(b.label));
        expect(ranked.map(item => [item.label, item.sortText])).toEqual([
            ['Remote', '000'],
            ['budget', '010'],
            ['CostEstimating', '010'],
            ['Rooted', '020'],
            ['third.Distant', '021']
        ]);
    });
});

describe('completion: properties and dimensions', () => {
    it.each([
        ['requires', 'need N { requires { <|> } }'],
        ['expects', 'need N { expects { functionality 70 <|> } }'],
        ['commits', 'spec X for Estimator { commits { <|> } }'],
        ['shortfall', 'gap G on CostEstimating { shortfall { <|> } }'],
        ['score', 'assessment X of Estimator { score <|> }']
    ])('offers only properties inside %s', async (_, text) => {
        const items = await complete(`package acme\n${text}`);
        expect(labels(items).sort()).toEqual([...BUILTIN_PROPERTIES, 'resilience'].sort());
        expect(items.find(item => item.label === 'functionality')?.detail).toBe('property · Applications and the functions they provide');
    });

    it("offers the dimensions every property has inside a score's braces, and the property's own", async () => {
        expect(labels(await complete('package acme\nassessment X of Estimator { score performance 60 { <|> } }')).sort()).toEqual(['budget', 'leadership']);
        expect(labels(await complete('package acme\nassessment X of Estimator { score resilience 60 { budget 50 <|> } }')).sort()).toEqual([
            'budget',
            'leadership',
            'recovery'
        ]);
    });
});

describe('completion: rule ids and packages', () => {
    it('offers every rule id after rule in a policy, with its severity and description', async () => {
        const items = await complete('policy {\n  rule <|>\n}');
        expect(labels(items)).toEqual(RULES.map(rule => rule.id));
        expect(items.find(item => item.label === 'spec-unsigned')).toMatchObject({
            detail: 'rule · warning by default',
            documentation: { kind: 'markdown', value: 'No business stakeholder has agreed the spec.' }
        });
    });

    it('narrows rule ids to what is typed, hyphen included', async () => {
        const ids = RULES.map(rule => rule.id).filter(id => id.startsWith('spec-'));
        expect(labels(await complete('policy {\n  rule spec-<|>\n}'))).toEqual(ids);
        const [item] = await complete('policy {\n  rule spec-uns<|>\n}');
        expect(item?.textEdit).toEqual({ range: { start: { line: 1, character: 7 }, end: { line: 1, character: 15 } }, newText: 'spec-unsigned' });
    });

    it('offers rule ids in an svc-ignore comment, without those already listed', async () => {
        const all = await complete('package acme\n// svc-ignore <|>\nneed N');
        expect(labels(all)).toEqual(RULES.map(rule => rule.id));
        const rest = labels(await complete('package acme\n// svc-ignore need-uncovered, <|>\nneed N'));
        expect(rest).not.toContain('need-uncovered');
        expect(rest).toContain('need-stale');
    });

    it("offers the workspace's packages after import, but not the file's own", async () => {
        expect(labels(await complete('package acme\nimport <|>'))).toEqual(['other']);
        expect(labels(await complete('package fresh\nimport <|>')).sort()).toEqual(['acme', 'other']);
    });
});
