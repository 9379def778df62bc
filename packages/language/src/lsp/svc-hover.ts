import type { AstNode, LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, CstUtils, GrammarUtils } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { CancellationToken, Hover, HoverParams } from 'vscode-languageserver';
import { findRule, type RuleDefinition } from '@svc-lang/core';
import { isPolicy, isRuleSetting, isSvcFile, type Policy } from '../generated/ast.js';
import { suppressionsBefore } from '../model/suppressions.js';
import { qualify } from '@svc-lang/core';
import { packageOf } from '../references/qualified-names.js';
import type { SvcServices } from '../svc-module.js';
import type { WorkspaceAnalysis } from '../workspace/workspace-analysis.js';
import { startUnlessCancelled } from './cancellation.js';
import { declarationHover, ruleHover } from './hover-text.js';
import { policyHover } from './policy-hover-text.js';
import { kindLabel } from './presentation.js';
import { WorkspaceFacts } from './workspace-facts.js';

/**
 * Hover on a declaration's name or on a reference to it: a summary with the indicators the
 * analysis computed for it. Hover on a rule id, in a `rule` setting or an `// svc-ignore`
 * comment: the rule's description and default severity. Hover on `policy`: the settings in
 * force and the packages they apply to.
 */
export class SvcHoverProvider extends AstNodeHoverProvider {
    private readonly analysis: WorkspaceAnalysis;

    constructor(services: SvcServices) {
        super(services);
        this.analysis = services.analysis.WorkspaceAnalysis;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams, cancelToken?: CancellationToken): Promise<Hover | undefined> {
        await startUnlessCancelled(cancelToken);
        const rule = ruleInComment(document, params) ?? ruleInPolicy(document, params);
        if (rule) {
            return { contents: { kind: 'markdown', value: ruleHover(rule) } };
        }
        const policy = policyKeywordAt(document, params);
        if (policy) {
            return {
                contents: { kind: 'markdown', value: policyHover(this.analysis.current(), document.uri.toString(), policy.line, packageOf(policy.node)) }
            };
        }
        return super.getHoverContent(document, params);
    }

    protected getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        const name = 'name' in node && typeof node.name === 'string' ? node.name : undefined;
        if (name === undefined) {
            return undefined;
        }
        if (!isSvcFile(node.$container)) {
            // Nested declarations (a property's dimension, a spec's metric) are not in the model.
            const title = 'title' in node && typeof node.title === 'string' ? ` — ${node.title}` : '';
            return `**${kindLabel(node.$type)}** \`${name}\`${title}`;
        }
        const facts = WorkspaceFacts.of(this.analysis.current());
        const declaration = facts.declaration(AstUtils.getDocument(node).uri.toString(), qualify(packageOf(node), name));
        return declaration && declarationHover(declaration, facts);
    }
}

/** The rule id under the cursor in an `// svc-ignore` comment, read the way suppressions are. */
function ruleInComment(document: LangiumDocument, params: HoverParams): RuleDefinition | undefined {
    const { line, character } = params.position;
    const text = document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    // The comment is read as the line before a declaration on the line after it.
    const ids = suppressionsBefore([text.replace(/(\r\n|\r|\n)$/, '')], 1, document.uri.toString());
    const id = ids.find(({ location: { range } }) => range.start.character <= character && character < range.end.character);
    return id && findRule(id.rule);
}

/** The policy whose `policy` keyword is under the cursor, with the keyword's line. */
function policyKeywordAt(document: LangiumDocument, params: HoverParams): { node: Policy; line: number } | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
    if (!leaf || !isPolicy(leaf.astNode) || leaf.text !== 'policy' || leaf.grammarSource?.$type !== 'Keyword') return undefined;
    return { node: leaf.astNode, line: leaf.range.start.line };
}

function ruleInPolicy(document: LangiumDocument, params: HoverParams): RuleDefinition | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
    const setting = leaf?.astNode;
    const ruleNode = isRuleSetting(setting) ? GrammarUtils.findNodeForProperty(setting.$cstNode, 'rule') : undefined;
    if (!leaf || !ruleNode || !(leaf === ruleNode || CstUtils.isChildNode(leaf, ruleNode))) {
        return undefined;
    }
    return findRule(ruleNode.text);
}
