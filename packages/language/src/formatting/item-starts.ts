import { AstUtils, CstUtils, GrammarAST, GrammarUtils, type AstNode, type CstNode, type Grammar } from 'langium';
import { ITEMS_PER_STEP } from './steps.js';

const STARTERS = new WeakMap<Grammar, Set<AstNode>>();

/**
 * The offsets of the tokens that begin an item: a top-level item (the `package` clause, an
 * import, a declaration) or an item of a `{ … }` body (`raised 2010-02-01`, `metric …`,
 * `functionality 80`). The formatter starts each item on its own line in a broken block and
 * separates items by two spaces in an inline one.
 *
 * Items are read off the grammar rather than listed by keyword, because every keyword is also
 * a valid name (`affects risk` names a need called `risk`): only the grammar element a token
 * was parsed from tells an item's keyword from a reference that happens to share its text.
 */
export function* itemStartOffsets(root: CstNode, grammar: Grammar): Generator<void, Set<number>> {
    const starters = startersOf(grammar);
    const offsets = new Set<number>();
    let seen = 0;
    for (const node of CstUtils.streamCst(root)) {
        if (++seen % ITEMS_PER_STEP === 0) yield;
        const source = node.grammarSource;
        // An assigned starter (`metrics+=Metric`) is seen through the element it assigns.
        if (source && (starters.has(source) || (source.$container !== undefined && starters.has(source.$container)))) {
            offsets.add(node.offset);
        }
    }
    return offsets;
}

function startersOf(grammar: Grammar): Set<AstNode> {
    let starters = STARTERS.get(grammar);
    if (!starters) {
        starters = computeStarters(grammar);
        STARTERS.set(grammar, starters);
    }
    return starters;
}

/**
 * The first element of each element of the entry rule (each alternative of its repetition of
 * imports and declarations), and of each repetition of a `{ … }` body.
 */
function computeStarters(grammar: Grammar): Set<AstNode> {
    const entry = GrammarUtils.getEntryRule(grammar)?.definition;
    const items = entry ? elementsOf(entry).flatMap(element => (GrammarAST.isAlternatives(element) ? element.elements : [element])) : [];
    for (const group of AstUtils.streamAllContents(grammar).filter(GrammarAST.isGroup)) {
        bodiesOf(group).forEach(body => items.push(...(GrammarAST.isAlternatives(body) ? body.elements : [body])));
    }
    return new Set<AstNode>(items.map(firstOf));
}

function elementsOf(element: GrammarAST.AbstractElement): GrammarAST.AbstractElement[] {
    return GrammarAST.isGroup(element) ? [...element.elements] : [element];
}

/** What a group holds between its `{` and `}` keywords (actions such as `{infer ScoreMap}` aside). */
function bodiesOf(group: GrammarAST.Group): GrammarAST.AbstractElement[] {
    const bodies: GrammarAST.AbstractElement[] = [];
    group.elements.forEach((element, index) => {
        if (isKeyword(element, '{')) {
            const body = group.elements.slice(index + 1).find(next => !GrammarAST.isAction(next));
            if (body && !isKeyword(body, '}')) {
                bodies.push(body);
            }
        }
    });
    return bodies;
}

function firstOf(element: GrammarAST.AbstractElement): GrammarAST.AbstractElement {
    const first = GrammarAST.isGroup(element) ? element.elements.find(next => !GrammarAST.isAction(next)) : undefined;
    return first ? firstOf(first) : element;
}

function isKeyword(element: GrammarAST.AbstractElement, value: string): boolean {
    return GrammarAST.isKeyword(element) && element.value === value;
}
