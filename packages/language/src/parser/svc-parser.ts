import type { IRecognitionException, IToken } from 'chevrotain';
import type { AstNode, CompositeCstNode, CstNode, LangiumCoreServices, ParseResult, ParserOptions } from 'langium';
import { createParser, CstNodeBuilder, LangiumParser } from 'langium';

/**
 * Past this many syntax errors the rest of a file is not read: each error costs chevrotain's
 * recovery a walk of the grammar, so 20,000 repeats of `need N { requires {` took 29 s, and
 * nobody reads the 1,001st error (reports keep 1,000 per file anyway).
 */
export const MAX_SYNTAX_ERRORS = 1000;

/**
 * Langium's parser with two guards for hostile input, first measured on Langium 4.2.1 and kept
 * for 4.4 (its builder moved the same costs into `insertChildren` and `appendChildren`):
 *
 * - Its CST builder finds a node among its siblings with `indexOf` from the front and spreads
 *   every run of hidden tokens into one call, so a file of 40,000 declarations spent 5 s
 *   there (quadratic) and 300,000 comment lines overflowed the stack. `LinearCstNodeBuilder`
 *   searches from the back, where the node is, and inserts in bounded chunks.
 * - After {@link MAX_SYNTAX_ERRORS} errors the parser is moved to the end of the input and one
 *   more error says where reading stopped.
 *
 * The grammar has no recursive rule, so nesting depth is bounded by the grammar itself and
 * needs no guard: 100,000 `{` are one error, not 100,000 stack frames.
 */
export class SvcParser extends LangiumParser {
    private errorCount = 0;
    private stoppedAt: IToken | undefined;

    constructor(services: LangiumCoreServices) {
        super(services);
        // `nodeBuilder` is private in Langium's typings: swapped here, before any parse.
        Object.assign(this, { nodeBuilder: new LinearCstNodeBuilder() });
        // The recovering chevrotain parser records every error through SAVE_ERROR (not public API;
        // chevrotain is pinned through Langium, and robustness.test.ts checks the cap still works).
        const recognizer = this.wrapper as unknown as RecoveringParser;
        const saveError = recognizer.SAVE_ERROR.bind(recognizer);
        recognizer.SAVE_ERROR = error => {
            if (++this.errorCount === MAX_SYNTAX_ERRORS) {
                this.stoppedAt = error.token;
                recognizer.moveToTerminatedState();
            }
            return saveError(error);
        };
    }

    override parse<T extends AstNode = AstNode>(input: string, options?: ParserOptions): ParseResult<T> {
        this.errorCount = 0;
        this.stoppedAt = undefined;
        const result = super.parse<T>(input, options);
        dropFollowOnErrors(result.parserErrors, result.value);
        if (this.stoppedAt) {
            const message = `More than ${MAX_SYNTAX_ERRORS} syntax errors: the rest of the file is not checked.`;
            result.parserErrors.push(stopError(message, this.stoppedAt));
        }
        return result;
    }
}

/**
 * One slip, one error. After an error inside a declaration (a misspelt keyword in its body),
 * chevrotain leaves the declaration and skips to the next one, reporting the first token it
 * skips at the top level ("Expected a declaration but found '}'"): a second error about the same
 * slip. A top-level error is dropped when the previous error came before it and no import or
 * declaration starts between the two; junk after a declaration that was read whole still counts.
 */
function dropFollowOnErrors(errors: IRecognitionException[], root: AstNode): void {
    const file = root as { imports?: readonly AstNode[]; members?: readonly AstNode[] };
    const starts = [...(file.imports ?? []), ...(file.members ?? [])]
        .map(node => node.$cstNode?.offset)
        .filter(offset => offset !== undefined)
        .sort((a, b) => a - b);
    let previous: number | undefined;
    let kept = 0;
    for (const error of errors) {
        const offset = error.token.startOffset;
        const topLevel = (error.context?.ruleStack.length ?? 0) <= 1;
        const followOn = topLevel && previous !== undefined && !Number.isNaN(offset) && !startsWithin(starts, previous, offset);
        if (!Number.isNaN(offset)) previous = offset;
        if (!followOn) errors[kept++] = error;
    }
    errors.length = kept;
}

/** Whether a sorted offset lies in (after, upTo]. */
function startsWithin(starts: readonly number[], after: number, upTo: number): boolean {
    let low = 0;
    let high = starts.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (starts[middle]! <= after) low = middle + 1;
        else high = middle;
    }
    return low < starts.length && starts[low]! <= upTo;
}

/** The parts of chevrotain's recovering parser that the error cap uses. */
interface RecoveringParser {
    SAVE_ERROR(error: IRecognitionException): IRecognitionException;
    moveToTerminatedState(): void;
}

function stopError(message: string, token: IToken): IRecognitionException {
    return { name: 'TooManyErrors', message, token, resyncedTokens: [], context: { ruleStack: [], ruleOccurrenceStack: [] } };
}

/** Spreading more arguments than this into one call risks overflowing the stack. */
const CHUNK = 10_000;

/**
 * Langium 4.4's builder with its two costly spots replaced: it finds a node among its siblings
 * with `indexOf` from the front (the node is at the back: quadratic in siblings), and it
 * spreads every run of hidden tokens into one `push`/`splice` call (300,000 comment lines
 * overflow the stack). The public methods below are the ones Langium's own builder exposes.
 */
class LinearCstNodeBuilder extends CstNodeBuilder {
    override addHiddenNodes(tokens: IToken[]): void {
        if (tokens.length === 0) return;
        let current: CompositeCstNode = this.current;
        const nodes = tokens.map(token => this.createLeafNode(token, true));
        if (current.content.length > 0) {
            this.insertChildren(current, current.content.length, nodes);
            return;
        }
        // A new node has no content yet: its hidden tokens go before it, in the first ancestor with content.
        while (current.container) {
            const index = current.container.content.lastIndexOf(current);
            if (index > 0) {
                this.insertChildren(current.container, index, nodes);
                return;
            }
            current = current.container;
        }
        this.insertChildren(current, 0, nodes);
    }

    override appendChildren(parent: CompositeCstNode, children: CstNode[]): void {
        this.insertChildren(parent, parent.content.length, children);
    }

    override insertChildren(parent: CompositeCstNode, index: number, children: CstNode[]): void {
        for (const child of children) (child as Writable<CstNode>).container = parent;
        const content = parent.content as CstNode[];
        for (let start = 0; start < children.length; start += CHUNK) {
            content.splice(index + start, 0, ...children.slice(start, start + CHUNK));
        }
    }

    override removeNode(node: CstNode): void {
        const siblings = node.container?.content as CstNode[] | undefined;
        const index = siblings?.lastIndexOf(node) ?? -1;
        if (index >= 0) siblings?.splice(index, 1);
    }
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** The `parser.LangiumParser` service: Langium's `createLangiumParser` with {@link SvcParser}. */
export function createSvcParser(services: LangiumCoreServices): LangiumParser {
    const parser = createParser(services.Grammar, new SvcParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
