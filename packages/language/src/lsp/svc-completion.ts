import type { AstNodeDescription, LangiumDocument, LangiumDocuments, MaybePromise, ReferenceInfo, Stream, TextDocument } from 'langium';
import { AstUtils, GrammarAST, stream } from 'langium';
import type { CompletionAcceptor, CompletionBacktrackingInformation, CompletionContext, CompletionValueItem, LangiumServices, NextFeature } from 'langium/lsp';
import { DefaultCompletionProvider } from 'langium/lsp';
import type { CancellationToken, CompletionItem, CompletionParams, Position, Range } from 'vscode-languageserver';
import { CompletionItemKind, CompletionList, InsertTextFormat } from 'vscode-languageserver';
import { RULES, type RuleDefinition } from '@svc-lang/core';
import { isSvcFile } from '../generated/ast.js';
import { startUnlessCancelled } from './cancellation.js';
import { DECLARATION_SNIPPETS } from './declaration-snippets.js';
import { LEVELS, describeLevel, isLevel, kindLabel } from './presentation.js';

/** `// svc-ignore ` and the ids written after it so far (comments never reach the parser). */
const IGNORE_COMMENT = /^\s*\/\/\s*svc-ignore\s+(.*)$/;
const PARTIAL_RULE_ID = /[A-Za-z0-9_-]*$/;
const PARTIAL_PACKAGE = /[\p{XID_Continue}.]*$/u;
/** A level or rule id typed up to a hyphen (`business-`), which the lexer cannot make a token of yet. */
const UNFINISHED_HYPHENATED = /(?<![\p{XID_Continue}])[a-z][a-z0-9]*(-[a-z0-9]+)*-$/u;

/**
 * Completion that knows every keyword is also a name: where a name is expected (a
 * declaration's name, a reference, a package, a rule id) it proposes the names that fit and
 * no keywords, and elsewhere keeps Langium's keyword proposals. Rule ids come from the
 * catalogue, in `rule` settings and in `// svc-ignore` comments alike.
 */
export class SvcCompletionProvider extends DefaultCompletionProvider {
    private readonly documents: LangiumDocuments;

    constructor(services: LangiumServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        // What follows is one pass that cannot stop halfway (Langium parses the text before the
        // cursor and collects every candidate): a cancelled request stops before it.
        await startUnlessCancelled(cancelToken);
        const line = lineBefore(document.textDocument, params.position);
        const ignore = IGNORE_COMMENT.exec(line);
        if (ignore) {
            // The last entry is the id being typed; the ones before it are already listed.
            const listed = ignore[1]!.split(/[\s,]+/).slice(0, -1);
            return CompletionList.create(this.ruleItems(line, params.position, new Set(listed)), false);
        }
        return super.getCompletion(document, params, cancelToken);
    }

    /** Treats an unfinished hyphenated word as the token being completed, so `at business-` still offers levels. */
    protected override backtrackToAnyToken(text: string, offset: number): CompletionBacktrackingInformation {
        const unfinished = UNFINISHED_HYPHENATED.exec(text.slice(0, offset));
        if (!unfinished) {
            return super.backtrackToAnyToken(text, offset);
        }
        return { previousTokenStart: offset - unfinished[0].length, previousTokenEnd: offset, nextTokenStart: offset, nextTokenEnd: offset };
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const line = lineBefore(context.textDocument, context.position);
        const items = callsTerminal(next.feature, 'RULE_ID')
            ? this.ruleItems(line, context.position, new Set())
            : callsTerminal(next.feature, 'ID') && this.isImportedPackage(context)
              ? this.packageItems(context, line)
              : undefined;
        if (!items) {
            return super.completionFor(context, next, acceptor);
        }
        for (const item of items) {
            acceptor(context, item);
        }
    }

    /** A keyword that the `KeywordName` rule reaches is a name here, not a keyword: proposing all of them would bury the real choices. */
    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        return super.filterKeyword(context, keyword) && ruleOf(keyword) !== 'KeywordName';
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        // Only to a client that inserts snippets, as it says when it starts the server.
        const snippet = this.clientCapabilities?.completionItem?.snippetSupport ? DECLARATION_SNIPPETS.get(`${ruleOf(keyword)}:${keyword.value}`) : undefined;
        if (snippet && this.filterKeyword(context, keyword)) {
            acceptor(context, {
                label: keyword.value,
                kind: CompletionItemKind.Snippet,
                detail: snippet.description,
                insertText: snippet.body,
                insertTextFormat: InsertTextFormat.Snippet,
                // After the keyword itself, which stays the first choice.
                sortText: '2'
            });
        }
        if (!isLevel(keyword.value) || ruleOf(keyword) !== 'Level') {
            return super.completionForKeyword(context, keyword, acceptor);
        }
        acceptor(context, {
            label: keyword.value,
            kind: CompletionItemKind.EnumMember,
            detail: describeLevel(keyword.value),
            // Keep the stack's top-to-bottom order rather than the alphabet's.
            sortText: `1${LEVELS.indexOf(keyword.value)}`
        });
    }

    /** One candidate per declaration: its simple name where visible, else its qualified name, unless a qualifier is being typed. */
    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const wantsQualified = context.textDocument.getText().slice(context.tokenOffset, context.offset).includes('.');
        const chosen = new Map<string, AstNodeDescription>();
        for (const candidate of super.getReferenceCandidates(withRealContainer(refInfo), context)) {
            const key = `${candidate.documentUri.toString()}#${candidate.path}`;
            const current = chosen.get(key);
            if (!current || (candidate.name.includes('.') === wantsQualified && current.name.includes('.') !== wantsQualified)) {
                chosen.set(key, candidate);
            }
        }
        return stream(chosen.values());
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const title = titleOf(description);
        return {
            ...super.createReferenceCompletionItem(description, refInfo, context),
            detail: title === undefined ? kindLabel(description.type) : `${kindLabel(description.type)} · ${title}`,
            sortText: this.referenceRank(description, context)
        };
    }

    /**
     * Where a candidate sorts: the file's own package first, then the packages it imports, then
     * the rest (the root package and its built-ins, other packages); in each, simple names before
     * qualified ones. Every rank starts with 0, ahead of the keywords' and levels' sort texts.
     */
    private referenceRank(description: AstNodeDescription, context: CompletionContext): string {
        const here = context.document.parseResult.value;
        const there = this.documents.getDocument(description.documentUri)?.parseResult.value;
        const own = isSvcFile(here) ? (here.package ?? '') : '';
        const pkg = isSvcFile(there) ? (there.package ?? '') : '';
        const imported = isSvcFile(here) && here.imports.some(i => i.package === pkg);
        const tier = pkg === own ? 0 : imported ? 1 : 2;
        return `0${tier}${description.name.includes('.') ? 1 : 0}`;
    }

    private ruleItems(lineBeforeCursor: string, position: Position, exclude: Set<string>): CompletionItem[] {
        const typed = PARTIAL_RULE_ID.exec(lineBeforeCursor)![0];
        const range = rangeBefore(position, typed.length);
        return RULES.filter(rule => !exclude.has(rule.id) && this.fuzzyMatcher.match(typed, rule.id)).map(rule => ruleItem(rule, range));
    }

    /** An import's package is being typed when the ID feature directly follows the `import` keyword. */
    private isImportedPackage(context: CompletionContext): boolean {
        return /(^|\s)import\s+$/.test(context.textDocument.getText().slice(0, context.tokenOffset));
    }

    private packageItems(context: CompletionContext, lineBeforeCursor: string): CompletionItem[] {
        const typed = PARTIAL_PACKAGE.exec(lineBeforeCursor)![0];
        const range = rangeBefore(context.position, typed.length);
        const own = isSvcFile(context.document.parseResult.value) ? context.document.parseResult.value.package : undefined;
        const packages = new Set(
            this.documents.all
                .map(document => document.parseResult.value)
                .filter(isSvcFile)
                .map(root => root.package)
        );
        return [...packages]
            .filter((pkg): pkg is string => pkg !== undefined && pkg !== own && this.fuzzyMatcher.match(typed, pkg))
            .map(pkg => ({ label: pkg, kind: CompletionItemKind.Module, detail: 'package', textEdit: { range, newText: pkg } }));
    }
}

/**
 * Langium hangs the element being completed under the node before the cursor; after a sibling
 * (`{ budget 50 | }`) that is the sibling, so move it up to the sibling's container, which
 * scoping needs (a dimension score looks at its score's property).
 */
function withRealContainer(refInfo: ReferenceInfo): ReferenceInfo {
    const { container } = refInfo;
    const sibling = container.$container;
    if (!sibling || sibling.$type !== container.$type) {
        return refInfo;
    }
    return { ...refInfo, container: { ...container, $container: sibling.$container, $containerProperty: sibling.$containerProperty } };
}

function ruleItem(rule: RuleDefinition, range: Range): CompletionItem {
    return {
        label: rule.id,
        kind: CompletionItemKind.EnumMember,
        detail: `rule · ${rule.defaultSeverity} by default`,
        documentation: { kind: 'markdown', value: rule.description },
        textEdit: { range, newText: rule.id }
    };
}

function callsTerminal(feature: GrammarAST.AbstractElement, terminal: string): boolean {
    return GrammarAST.isRuleCall(feature) && feature.rule.ref?.name === terminal;
}

function ruleOf(keyword: GrammarAST.Keyword): string | undefined {
    return AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
}

function lineBefore(document: TextDocument, position: Position): string {
    return document.getText({ start: { line: position.line, character: 0 }, end: position });
}

function rangeBefore(position: Position, length: number): Range {
    return { start: { line: position.line, character: position.character - length }, end: position };
}

function titleOf(description: AstNodeDescription): string | undefined {
    const node = description.node;
    return node && 'title' in node && typeof node.title === 'string' ? node.title : undefined;
}
