import type { RawFinding } from '../findings.js';
import type { DeclarationKind, DocumentModel } from '../model.js';
import type { RuleId } from '../rules.js';
import type { WorkspaceIndex } from './index.js';

/**
 * The findings of the document-scoped rules (`RuleDefinition.scope`) per document model, kept
 * across analyses. A document model is rebuilt whenever Langium re-links the document, which it
 * does for the edited document and for every document whose references name one of its
 * declarations; so while a model is the same object, so are the declarations its references
 * resolve to, and the findings of a rule that reads only those stand. One exception: a name that
 * several declarations share (`duplicate-name`) resolves to the first of them, while Langium may
 * have linked the reference to another; so the whole cache is dropped when a shared name, the
 * order of its declarations or any document declaring one changes.
 */
export class DocumentRuleCache {
    private findings = new WeakMap<DocumentModel, Map<RuleId, readonly RawFinding[]>>();
    private sharedNames = '';
    /** A number per document model seen, new for every rebuilt model: what "a document changed" means here. */
    private readonly revisions = new WeakMap<DocumentModel, number>();
    private nextRevision = 0;

    /** Drops every kept finding if a shared name, or a document declaring one, changed since the last analysis. */
    startAnalysis(index: WorkspaceIndex): void {
        const shared = this.sharedNamesKey(index);
        if (shared === this.sharedNames) return;
        this.sharedNames = shared;
        this.findings = new WeakMap();
    }

    /** Each name declared more than once, with the revisions of the documents declaring it, in workspace order. */
    private sharedNamesKey(index: WorkspaceIndex): string {
        return index
            .sharedNames()
            .map(({ name, uris }) => `${name}\u0000${uris.map(uri => this.revisionOf(index.documentOf(uri))).join('\u0000')}`)
            .join('\u0001');
    }

    private revisionOf(document: DocumentModel | undefined): number {
        if (document === undefined) return -1;
        let revision = this.revisions.get(document);
        if (revision === undefined) {
            revision = this.nextRevision++;
            this.revisions.set(document, revision);
        }
        return revision;
    }

    get(document: DocumentModel, rule: RuleId): readonly RawFinding[] | undefined {
        return this.findings.get(document)?.get(rule);
    }

    set(document: DocumentModel, rule: RuleId, found: readonly RawFinding[]): void {
        const byRule = this.findings.get(document) ?? new Map<RuleId, readonly RawFinding[]>();
        byRule.set(rule, found);
        this.findings.set(document, byRule);
    }
}

/**
 * The index as a document-scoped rule sees it: its subjects (`declarations`, `policies`,
 * `all(kind)`) are the document's own, and every look-up is the workspace's. Data derived from
 * the whole workspace is refused: a rule that needs it is no document rule, and says so at once.
 */
export function documentView(index: WorkspaceIndex, document: DocumentModel): WorkspaceIndex {
    const own = document.builtin ? [] : document.declarations.filter(declaration => !declaration.builtin);
    return Object.create(index, {
        declarations: { value: own },
        policies: { value: document.builtin ? [] : document.policies },
        all: { value: (kind: DeclarationKind) => own.filter(declaration => declaration.kind === kind) },
        derived: {
            value: () => {
                throw new Error('a document-scoped rule read data derived from the whole workspace');
            }
        }
    }) as WorkspaceIndex;
}
