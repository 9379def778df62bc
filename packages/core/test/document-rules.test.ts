import { describe, expect, it } from 'vitest';
import { analyseWorkspace, DocumentRuleCache, RULES, WorkspaceIndex } from '../src/index.js';
import { documentView } from '../src/analysis/document-rules.js';
import { assessment, need, service, workspace } from './builders.js';

const TODAY = { today: '2011-01-01' };

describe('the document-scoped rules', () => {
    it('are reused while a document model is the same object, and found again for a new one', () => {
        const model = workspace(service('S', 'development'), assessment('A', { service: 'S', scores: { functionality: 140 } }));
        const cache = new DocumentRuleCache();
        const first = analyseWorkspace(model, { ...TODAY, documentRules: cache });
        const [document] = model.documents.filter(doc => !doc.builtin);
        const kept = cache.get(document!, 'score-range');
        expect(kept).toHaveLength(1);
        const again = analyseWorkspace(model, { ...TODAY, documentRules: cache });
        expect(cache.get(document!, 'score-range')).toBe(kept);
        expect(again.findings).toEqual(first.findings);
        // A rebuilt model (what Langium's re-linking leads to) is another object: its findings are found anew.
        const rebuilt = { documents: model.documents.map(doc => ({ ...doc })) };
        analyseWorkspace(rebuilt, { ...TODAY, documentRules: cache });
        const [newDocument] = rebuilt.documents.filter(doc => !doc.builtin);
        expect(cache.get(newDocument!, 'score-range')).not.toBe(kept);
        expect(cache.get(newDocument!, 'score-range')).toEqual(kept);
    });

    it('are all dropped when a name several declarations share, or a document declaring one, changes', () => {
        const model = workspace(need('N'), need('N'), service('S', 'development'));
        const cache = new DocumentRuleCache();
        analyseWorkspace(model, { ...TODAY, documentRules: cache });
        const [document] = model.documents.filter(doc => !doc.builtin);
        expect(cache.get(document!, 'score-range')).toBeDefined();
        // Same documents, same shared names: kept.
        cache.startAnalysis(new WorkspaceIndex(model));
        expect(cache.get(document!, 'score-range')).toBeDefined();
        // The document declaring the shared name is rebuilt (here: a copy of the same model): dropped.
        cache.startAnalysis(new WorkspaceIndex({ documents: model.documents.map(doc => ({ ...doc })) }));
        expect(cache.get(document!, 'score-range')).toBeUndefined();
    });

    it('see only their document as subjects, and refuse data derived from the whole workspace', () => {
        const model = workspace(service('S', 'development'));
        const index = new WorkspaceIndex(model);
        const [builtin] = model.documents.filter(doc => doc.builtin);
        const view = documentView(index, builtin!);
        expect(view.declarations).toEqual([]);
        expect(view.all('service')).toEqual([]);
        expect(view.resolve({ text: 'S', target: 'S', location: service('X', 'development').location }, 'service')?.name).toBe('S');
        expect(() => view.derived({ compute: () => 1 })).toThrow('a document-scoped rule read data derived from the whole workspace');
    });

    it('are the checks that declare it, each with its own subjects only', () => {
        expect(RULES.filter(rule => rule.scope === 'document').map(rule => rule.id)).toEqual([
            'change-unlinked',
            'support-inverted',
            'duplicate-score',
            'alignment-incomplete',
            'alignment-unaccountable',
            'score-range',
            'unknown-rule',
            'invalid-value',
            'perspective-missing'
        ]);
    });
});
