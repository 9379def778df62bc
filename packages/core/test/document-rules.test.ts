import { describe, expect, it } from 'vitest';
import type { DocumentModel, WorkspaceModel } from '../src/index.js';
import { analyseWorkspace, DocumentRuleCache, RULES, WorkspaceIndex } from '../src/index.js';
import { changedNames, documentKey, kindKey, noKeys } from '../src/analysis/changed-names.js';
import { documentView } from '../src/analysis/document-rules.js';
import { serviceGraph } from '../src/analysis/service-graph.js';
import { assessment, need, service, spec, stakeholder, workspace } from './builders.js';

const TODAY = { today: '2011-01-01' };
const SPECS = 'file:///ws/specs.svc';
const REVIEWS = 'file:///ws/reviews.svc';
const OTHER = 'file:///ws/other.svc';

/** Specs in one file, the business's assessment of the service in another, and an unrelated need in a third. */
function specsAndReviews(commits: number, otherNeed = 'Unrelated'): WorkspaceModel {
    return workspace(
        stakeholder('Boss', 'business', { uri: SPECS }),
        service('S', 'development', {}, { uri: SPECS }),
        spec('Sla', { service: 'S', agreedBy: ['Boss'], commits: { performance: commits } }, { uri: SPECS }),
        assessment('Review', { service: 'S', date: '2010-06-01', assessors: ['Boss'], scores: { performance: 60 } }, { uri: REVIEWS }),
        need(otherNeed, {}, { uri: OTHER })
    );
}

/** The same workspace with one document replaced, the others the same objects: what the language server sees after an edit. */
function withDocument(model: WorkspaceModel, replacement: WorkspaceModel, uri: string): WorkspaceModel {
    const replaced = replacement.documents.find(document => document.uri === uri)!;
    return { documents: model.documents.map(document => (document.uri === uri ? replaced : document)) };
}

const documentOf = (model: WorkspaceModel, uri: string): DocumentModel => model.documents.find(document => document.uri === uri)!;
const belowSpec = (model: WorkspaceModel, cache: DocumentRuleCache) =>
    analyseWorkspace(model, { ...TODAY, documentRules: cache }).findings.filter(finding => finding.rule === 'experience-below-spec');

describe('the document-scoped rules, kept per document', () => {
    it('are kept while nothing a document read changed, and found again when a name it read did', () => {
        const cache = new DocumentRuleCache();
        const first = specsAndReviews(80);
        expect(belowSpec(first, cache)).toHaveLength(1);
        const kept = cache.get(documentOf(first, SPECS), 'experience-below-spec');
        expect(kept).toHaveLength(1);

        // An unrelated document changes: the findings of the one with the service stand, the very same array.
        const unrelated = withDocument(first, specsAndReviews(80, 'Elsewhere'), OTHER);
        expect(belowSpec(unrelated, cache)).toHaveLength(1);
        expect(cache.get(documentOf(unrelated, SPECS), 'experience-below-spec')).toBe(kept);

        // The assessment's document changes (its score is read through the service's views): found again.
        const rescored = withDocument(
            unrelated,
            workspace(assessment('Review', { service: 'S', date: '2010-06-01', assessors: ['Boss'], scores: { performance: 90 } }, { uri: REVIEWS })),
            REVIEWS
        );
        expect(belowSpec(rescored, cache)).toEqual(belowSpec(rescored, new DocumentRuleCache()));
        expect(belowSpec(rescored, cache)).toHaveLength(0);
    });

    it('keep the findings of a document that was only re-linked to the same targets', () => {
        const cache = new DocumentRuleCache();
        const first = specsAndReviews(80);
        belowSpec(first, cache);
        const kept = cache.get(documentOf(first, SPECS), 'experience-below-spec');
        // A rebuilt model, equal to the last one: another object, the same content.
        const relinked = { documents: first.documents.map(document => structuredClone(document)) };
        expect(belowSpec(relinked, cache)).toHaveLength(1);
        expect(cache.get(documentOf(relinked, SPECS), 'experience-below-spec')).toBe(kept);
    });

    it('are all found again when the settings or the documents change', () => {
        const cache = new DocumentRuleCache();
        const model = specsAndReviews(80);
        belowSpec(model, cache);
        const kept = cache.get(documentOf(model, SPECS), 'experience-below-spec');
        // A tolerance that covers the shortfall: the message and the finding depend on it.
        expect(analyseWorkspace(model, { ...TODAY, overrides: { tolerance: 30 }, documentRules: cache }).findings.map(f => f.rule)).not.toContain(
            'experience-below-spec'
        );
        expect(cache.get(documentOf(model, SPECS), 'experience-below-spec')).toEqual([]);
        belowSpec(model, cache);
        expect(cache.get(documentOf(model, SPECS), 'experience-below-spec')).not.toBe(kept);
        // One document fewer: every position may have moved.
        const fewer = { documents: model.documents.filter(document => document.uri !== OTHER) };
        const before = cache.get(documentOf(model, SPECS), 'experience-below-spec');
        belowSpec(fewer, cache);
        expect(cache.get(documentOf(fewer, SPECS), 'experience-below-spec')).not.toBe(before);
    });

    it('are not kept for a model with two documents of one URI, which is analysed whole', () => {
        const first = workspace(assessment('Low', { scores: { performance: -5 } }, { uri: REVIEWS }));
        const second = workspace(assessment('High', { scores: { performance: 140 } }, { uri: REVIEWS }));
        const twice = { documents: [...first.documents, documentOf(second, REVIEWS)] };
        const outOfRange = (cache?: DocumentRuleCache) =>
            analyseWorkspace(twice, { ...TODAY, ...(cache ? { documentRules: cache } : {}) }).findings.filter(finding => finding.rule === 'score-range');
        const cache = new DocumentRuleCache();
        outOfRange(cache);
        // Again with the same cache: per URI, one document's findings would stand for both.
        expect(outOfRange(cache).map(finding => finding.element)).toEqual(['Low', 'High']);
        expect(outOfRange(cache)).toEqual(outOfRange());
    });
});

describe('derived data kept across analyses', () => {
    /** A service supported by another, in one file; the edits replace that file. */
    const stack = (supportedBy: string[], addresses: string[] = []) =>
        workspace(
            need('N', {}, { uri: OTHER }),
            service('Top', 'business-process-execution', { supportedBy, addresses }, { uri: SPECS }),
            service('Base', 'it-operations', {}, { uri: SPECS })
        );
    const graphAfter = (first: WorkspaceModel, edit: WorkspaceModel) => {
        const cache = new DocumentRuleCache();
        const before = serviceGraph(analyseWorkspace(first, { ...TODAY, documentRules: cache }).index);
        const after = serviceGraph(analyseWorkspace(withDocument(first, edit, SPECS), { ...TODAY, documentRules: cache }).index);
        return { before, after };
    };

    it('keeps the service graph while no service changes its name, kind or supportedBy and manages', () => {
        const { before, after } = graphAfter(stack(['Base']), stack(['Base'], ['N']));
        expect(after).toBe(before);
    });

    it('builds it again when a supportedBy changes or a declaration comes or goes', () => {
        const changedEdge = graphAfter(stack(['Base']), stack([]));
        expect(changedEdge.after).not.toBe(changedEdge.before);
        expect(changedEdge.after.supporters).toEqual([[], []]);
        const added = graphAfter(
            stack(['Base']),
            workspace(...stack(['Base']).documents.find(d => d.uri === SPECS)!.declarations, service('More', 'development', {}, { uri: SPECS }))
        );
        expect(added.after).not.toBe(added.before);
        expect(added.after.names).toEqual(['Top', 'Base', 'More']);
    });
});

describe('changedNames', () => {
    it('names the declarations that differ, what they refer to and the document, and nothing for an equal copy', () => {
        const before = documentOf(specsAndReviews(80), SPECS);
        const keys = noKeys();
        expect(changedNames(before, structuredClone(before), keys)).toBe(false);
        expect(keys).toEqual(noKeys());
        const after = structuredClone(before);
        const sla = after.declarations.find(declaration => declaration.kind === 'spec')!;
        sla.commits[0]!.value = 70;
        expect(changedNames(before, after, keys)).toBe(true);
        // The spec changed: its name (as a declaration and as relations keyed by it), its kind, the document, and
        // the relations of what its references name (not those declarations: the service did not change).
        expect(keys.names).toEqual(new Set(['Sla', kindKey('spec'), documentKey(SPECS)]));
        expect(keys.relations).toEqual(new Set(['Sla', 'S', 'Boss', 'performance']));
    });
});

describe('documentView', () => {
    const model = specsAndReviews(80);
    const index = new WorkspaceIndex(model);

    it('has the document as subjects, and records the names it looks up and finds', () => {
        const reads = noKeys();
        const view = documentView(index, documentOf(model, SPECS), reads);
        expect(view.declarations.map(declaration => declaration.name)).toEqual(['Boss', 'S', 'Sla']);
        expect(view.all('assessment')).toEqual([]);
        expect(reads).toEqual(noKeys());
        expect(view.views('S').business.get('performance')?.value).toBe(60);
        // The assessments of S (a relation), each of them, and what their scores and assessors name.
        expect(reads.relations).toEqual(new Set(['S']));
        expect(reads.names).toEqual(new Set(['Review', 'Boss', 'performance']));
    });

    it('records or refuses every look-up of the index, save the two that need no record', () => {
        const view = documentView(index, documentOf(model, SPECS), noKeys());
        const methods = Object.getOwnPropertyNames(WorkspaceIndex.prototype).filter(name => name !== 'constructor');
        const inherited = methods.filter(name => !Object.prototype.hasOwnProperty.call(view, name));
        // A new look-up fails here until the view records it (or this list says why it need not).
        expect(inherited.sort()).toEqual(
            [
                // The policies: compared as a whole by DocumentRuleCache.
                'policyOf',
                // How the index is built and numbered: private, called by no rule.
                'numberDeclarations',
                'addDocument',
                'addName',
                'addRelations',
                'addService',
                'addSubject',
                'addAlignment',
                'addGap',
                'findCurrentSpecs',
                'cover'
            ].sort()
        );
    });

    it('has no subjects in a built-in document', () => {
        const builtin = model.documents.find(document => document.builtin)!;
        expect(documentView(index, builtin, noKeys()).declarations).toEqual([]);
    });

    it('refuses the whole model and data derived from the whole workspace', () => {
        const view = documentView(index, documentOf(model, SPECS), noKeys());
        expect(() => view.model).toThrow('a document-scoped rule read the whole model');
        expect(() => view.sharedNames()).toThrow('a document-scoped rule read the names of the whole workspace');
        expect(() => view.derived({ compute: () => 1 })).toThrow('a document-scoped rule read data derived from the whole workspace');
        expect(view.derived({ compute: subjects => subjects.declarations.length, perDocument: true })).toBe(3);
    });
});

describe('the scope of the rules', () => {
    it('is the whole workspace for the rules that follow chains, compare every name or read the model', () => {
        expect(RULES.filter(rule => rule.check && rule.scope !== 'document').map(rule => rule.id)).toEqual([
            'need-uncovered',
            'service-purposeless',
            'service-unsupported',
            'support-cycle',
            'duplicate-name',
            'unresolved-import',
            'policy-duplicate'
        ]);
    });
});
