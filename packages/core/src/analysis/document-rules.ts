import type { RawFinding } from '../findings.js';
import type { Declaration, DeclarationKind, DocumentModel, Policy, Ref } from '../model.js';
import type { RuleId } from '../rules.js';
import { changedNames, documentKey, kindKey, meets, noKeys, type DeclarationChange, type LookupKeys } from './changed-names.js';
import type { Derived, WorkspaceIndex } from './index.js';
import type { AnalysisOptions } from './policy.js';
import { buildServiceProfile, type ServiceProfile } from './profile.js';
import { buildServiceViews, type ServiceViews } from './views.js';

/** What one document's runs of the document-scoped rules found, and every name they read on the way. */
interface DocumentEntry {
    readonly findings: Map<RuleId, readonly RawFinding[]>;
    readonly reads: LookupKeys;
}

/**
 * The findings of the document-scoped rules (`RuleDefinition.scope`) per document, kept across
 * analyses. Each rule runs on one document's subjects through `documentView`, which records every
 * name the rule looks up elsewhere in the workspace. After an edit, a document's findings are
 * found again only when its own model changed or when a name it read did: a name declared,
 * or referred to, by a declaration that changed (`changedNames`). Everything is found again
 * when the documents, their order or the settings (policies, overrides, today) change.
 */
export class DocumentRuleCache {
    private entries = new Map<string, DocumentEntry>();
    /** The models of the last analysis, by URI: what an edit is compared with. */
    private models = new Map<string, DocumentModel>();
    private documentsKey = '';
    /** This analysis's document views (`viewOf`). */
    private views = new Map<DocumentModel, WorkspaceIndex>();
    /** The index of the last analysis: the derived data it computed may carry over. */
    private index: WorkspaceIndex | undefined;
    private settings: { policies: readonly Policy[]; options: string; key: string } = { policies: [], options: '', key: '' };

    /**
     * Drops what the changes since the last analysis may have made stale, and gives the new index
     * the derived data of the last one that still holds (`Derived.keptWhile`).
     */
    startAnalysis(index: WorkspaceIndex, options: Pick<AnalysisOptions, 'today' | 'overrides'>): void {
        const { documents } = index.model;
        const documentsKey = documents.map(document => document.uri).join('\n');
        const previous = { models: this.models, index: this.index };
        this.models = new Map(documents.map(document => [document.uri, document]));
        this.index = index;
        this.views = new Map();
        const settingsChanged = this.settingsChanged(index.policies, options);
        if (documentsKey !== this.documentsKey) {
            // New documents or another order move every position.
            this.documentsKey = documentsKey;
            this.entries = new Map();
            return;
        }
        const changed = noKeys();
        const pairs: DeclarationChange[] = [];
        for (const document of documents) {
            const before = previous.models.get(document.uri);
            if (before === undefined || before === document || !changedNames(before, document, changed, pairs)) continue;
            this.entries.delete(document.uri);
        }
        if (previous.index) carryDerived(previous.index, index, pairs);
        // New settings change every message.
        if (settingsChanged) this.entries = new Map();
        if (changed.names.size === 0 && changed.relations.size === 0) return;
        for (const [uri, { reads }] of this.entries) if (meets(reads, changed)) this.entries.delete(uri);
    }

    /**
     * Whether the settings in force may differ from the last analysis's: other overrides or
     * today, or other policies (compared as written, with where they are, which messages name).
     */
    private settingsChanged(policies: readonly Policy[], { today, overrides }: Pick<AnalysisOptions, 'today' | 'overrides'>): boolean {
        const options = JSON.stringify([today, overrides]);
        const same = policies.length === this.settings.policies.length && policies.every((policy, i) => policy === this.settings.policies[i]);
        if (same && options === this.settings.options) return false;
        const key = same ? this.settings.key : JSON.stringify(policies);
        const changed = key !== this.settings.key || options !== this.settings.options;
        this.settings = { policies, options, key };
        return changed;
    }

    get(document: DocumentModel, rule: RuleId): readonly RawFinding[] | undefined {
        return this.entries.get(document.uri)?.findings.get(rule);
    }

    set(document: DocumentModel, rule: RuleId, found: readonly RawFinding[]): void {
        this.entryOf(document).findings.set(rule, found);
    }

    /**
     * The document's view for this analysis, one for every rule: the views, profiles and derived
     * data one rule computes through it serve the next, as the whole index's do.
     */
    viewOf(index: WorkspaceIndex, document: DocumentModel): WorkspaceIndex {
        let view = this.views.get(document);
        if (!view) {
            view = documentView(index, document, this.entryOf(document).reads);
            this.views.set(document, view);
        }
        return view;
    }

    private entryOf(document: DocumentModel): DocumentEntry {
        let entry = this.entries.get(document.uri);
        if (!entry) {
            entry = { findings: new Map(), reads: noKeys() };
            this.entries.set(document.uri, entry);
        }
        return entry;
    }
}

/** Gives `index` each value `previous` computed that every change leaves standing. */
function carryDerived(previous: WorkspaceIndex, index: WorkspaceIndex, changes: readonly DeclarationChange[]): void {
    for (const [what, value] of previous.computedData()) {
        const { keptWhile } = what;
        if (keptWhile && changes.every(({ before, after }) => before !== undefined && after !== undefined && keptWhile(before, after)))
            index.carry(what, value);
    }
}

/** The look-ups of the relations that name a declaration, keyed by its qualified name. */
const RELATION_LOOKUPS = [
    'coveringServices',
    'coveredNeeds',
    'specsOf',
    'allSpecsOf',
    'assessmentsOf',
    'respondersTo',
    'managersOf',
    'alignersOf',
    'gapsOn'
] as const;
type RelationLookup = (typeof RELATION_LOOKUPS)[number];

const REFUSED = (what: string) => () => {
    throw new Error(`a document-scoped rule read ${what}`);
};

/**
 * The index as a document-scoped rule sees it: its subjects (`declarations`, `policies`,
 * `all(kind)`) are the document's own, and every look-up is the workspace's, with its key (a
 * name, or for the relations naming it a relation) and the names of the declarations it returns
 * added to `reads`. Views and profiles, and derived data that declares
 * `perDocument`, are computed again through the view, so that their reads are recorded too. The whole model and data derived from the whole workspace are
 * refused: a rule that needs them is no document rule, and says so at once.
 *
 * Two reads are not recorded, and need not be: the policies (`policyOf`, and every setting), which
 * `DocumentRuleCache` compares as a whole, and `position`, which orders declarations of different
 * documents by document order, unchanged while the documents are.
 */
export function documentView(index: WorkspaceIndex, document: DocumentModel, reads: LookupKeys): WorkspaceIndex {
    const { own, byKind } = subjectsOf(document);
    const related = (lookup: RelationLookup): PropertyDescriptor => ({
        value: (name: string) => {
            reads.relations.add(name);
            const found: readonly Declaration[] = index[lookup](name);
            for (const declaration of found) reads.names.add(declaration.qualifiedName);
            return found;
        }
    });
    const views = new Map<string, ServiceViews>();
    const profiles = new Map<string, ServiceProfile>();
    const derived = new Map<Derived<unknown>, unknown>();
    const view: WorkspaceIndex = Object.create(index, {
        declarations: { value: own },
        policies: { value: document.builtin ? [] : document.policies },
        all: { value: (kind: DeclarationKind) => byKind.get(kind) ?? [] },
        model: { get: REFUSED('the whole model') },
        sharedNames: { value: REFUSED('the names of the whole workspace') },
        computedData: { value: REFUSED('data derived from the whole workspace') },
        carry: { value: REFUSED('data derived from the whole workspace') },
        derived: {
            value: <T>(what: Derived<T>): T => {
                if (!what.perDocument) REFUSED('data derived from the whole workspace')();
                if (!derived.has(what)) derived.set(what, what.compute(view));
                return derived.get(what) as T;
            }
        },
        named: {
            value: (name: string) => {
                reads.names.add(name);
                return index.named(name);
            }
        },
        declared: {
            value: (name: string, kind: DeclarationKind) => {
                reads.names.add(name);
                return index.declared(name, kind);
            }
        },
        resolve: { value: (ref: Ref | undefined, kind: DeclarationKind) => (ref?.target === undefined ? undefined : view.declared(ref.target, kind)) },
        ...Object.fromEntries(RELATION_LOOKUPS.map(lookup => [lookup, related(lookup)])),
        isSuperseded: {
            // Which specs supersede it is written in theirs, which name it and its service.
            value: (spec: Parameters<WorkspaceIndex['isSuperseded']>[0]) => {
                reads.relations.add(spec.qualifiedName);
                if (spec.service?.target !== undefined) reads.names.add(spec.service.target);
                return index.isSuperseded(spec);
            }
        },
        views: { value: (service: string) => memo(views, service, () => buildServiceViews(view, service)) },
        profile: { value: (service: Declaration) => memo(profiles, service.qualifiedName, () => buildServiceProfile(view, service.qualifiedName)) },
        documentOf: {
            value: (uri: string) => {
                reads.names.add(documentKey(uri));
                return index.documentOf(uri);
            }
        },
        ownerAt: {
            value: (location: Parameters<WorkspaceIndex['ownerAt']>[0]) => {
                reads.names.add(documentKey(location.uri));
                return index.ownerAt(location);
            }
        },
        // Not recorded: see above.
        position: { value: (declaration: Declaration) => index.position(declaration) },
        catalogueSize: {
            value: () => {
                reads.names.add(kindKey('property'));
                return index.catalogueSize();
            }
        }
    }) as WorkspaceIndex;
    return view;
}

interface Subjects {
    own: readonly Declaration[];
    byKind: ReadonlyMap<DeclarationKind, readonly Declaration[]>;
}

/** A document's own declarations, all and by kind: made once per document model (one file can hold 26k). */
const SUBJECTS = new WeakMap<DocumentModel, Subjects>();

function subjectsOf(document: DocumentModel): Subjects {
    let subjects = SUBJECTS.get(document);
    if (!subjects) {
        const own = document.builtin ? [] : document.declarations.filter(declaration => !declaration.builtin);
        const byKind = new Map<DeclarationKind, Declaration[]>();
        for (const declaration of own) {
            const list = byKind.get(declaration.kind);
            if (list) list.push(declaration);
            else byKind.set(declaration.kind, [declaration]);
        }
        subjects = { own, byKind };
        SUBJECTS.set(document, subjects);
    }
    return subjects;
}

function memo<T>(map: Map<string, T>, key: string, compute: () => T): T {
    let value = map.get(key);
    if (value === undefined) {
        value = compute();
        map.set(key, value);
    }
    return value;
}
