import type { Declaration, DeclarationKind, DocumentModel } from '../model.js';

/**
 * The keys of look-ups (`documentView` records them, `changedNames` emits them): `names` of
 * declarations (what `resolve` and `named` return, and a few prefixed keys: `documentKey`,
 * `kindKey`), and `relations`: the names whose relations were read (the services covering a need,
 * the assessments of a service, …), which are written in the declarations referring to them.
 * Two sets, so that recording a look-up builds no string.
 */
export interface LookupKeys {
    readonly names: Set<string>;
    readonly relations: Set<string>;
}

export function noKeys(): LookupKeys {
    return { names: new Set(), relations: new Set() };
}

/** Whether a look-up recorded in `reads` is among the `changed` ones. */
export function meets(reads: LookupKeys, changed: LookupKeys): boolean {
    return someIn(changed.names, reads.names) || someIn(changed.relations, reads.relations);
}

function someIn(few: ReadonlySet<string>, many: ReadonlySet<string>): boolean {
    for (const key of few) if (many.has(key)) return true;
    return false;
}

/**
 * Compares two models of one document and adds to `into` the keys of every look-up the change
 * may answer differently:
 * - the qualified name of each declaration that differs, before and after, as a name and as a
 *   relation (one that changed its kind no longer holds the relations keyed by it);
 * - as relations, what their references name: the services covering a need, the assessments of
 *   a service, the alignments responding to a change, … are written in the declarations that
 *   refer to it, not in its own;
 * - the kinds of those declarations, and the document itself.
 * A look-up of any other key answers as before. Each changed declaration is also added to
 * `pairs`, as it was and as it is, by place. Returns whether the document changed at all: a
 * document that Langium only re-linked to the same targets has not.
 */
export function changedNames(before: DocumentModel, after: DocumentModel, into: LookupKeys, pairs: DeclarationChange[] = []): boolean {
    let changed =
        before.package !== after.package ||
        !sameJson(before.imports, after.imports) ||
        !sameJson(before.importLocations, after.importLocations) ||
        !sameJson(before.policies, after.policies);
    const count = Math.max(before.declarations.length, after.declarations.length);
    for (let i = 0; i < count; i++) {
        const old = before.declarations[i];
        const now = after.declarations[i];
        if (old && now && jsonOf(old) === jsonOf(now)) continue;
        changed = true;
        pairs.push({ before: old, after: now });
        if (old) addNames(old, into);
        if (now) addNames(now, into);
    }
    if (changed) into.names.add(documentKey(after.uri));
    return changed;
}

/** A declaration that changed: as it was and as it is at the same place of its document (absent where the other has more). */
export interface DeclarationChange {
    before: Declaration | undefined;
    after: Declaration | undefined;
}

/** The key a read of something about a document (its owners, its package) is recorded under. */
export function documentKey(uri: string): string {
    return `\u0000document ${uri}`;
}

/** The key a read of every declaration of a kind (the catalogue's size) is recorded under. */
export function kindKey(kind: DeclarationKind): string {
    return `\u0000kind ${kind}`;
}

/** Each declaration's JSON, made once: a re-built document is compared again at every keystroke while it is re-linked. */
const JSON_OF = new WeakMap<Declaration, string>();

function jsonOf(declaration: Declaration): string {
    let json = JSON_OF.get(declaration);
    if (json === undefined) {
        json = JSON.stringify(declaration);
        JSON_OF.set(declaration, json);
    }
    return json;
}

function sameJson(a: unknown, b: unknown): boolean {
    return JSON.stringify(a) === JSON.stringify(b);
}

function addNames(declaration: Declaration, into: LookupKeys): void {
    into.names.add(declaration.qualifiedName);
    into.relations.add(declaration.qualifiedName);
    into.names.add(kindKey(declaration.kind));
    addTargets(declaration, into.relations);
}

/** Every reference's target within a part of the model: any object with a `text` and a string `target`. */
function addTargets(value: unknown, into: Set<string>): void {
    if (Array.isArray(value)) {
        for (const item of value) addTargets(item, into);
        return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (typeof record.target === 'string' && typeof record.text === 'string') into.add(record.target);
    for (const key in record) {
        // Locations hold no references, and every declaration has dozens of them.
        if (key !== 'location' && !key.endsWith('Location')) addTargets(record[key], into);
    }
}
