import { describe, expect, it } from 'vitest';
import { DocumentState, EmptyFileSystem, URI } from 'langium';
import type { DefaultSharedModuleContext } from 'langium/lsp';
import type { Analysis } from '@svc-lang/core';
import { createSvcServices } from '../src/svc-module.js';
import { createBuiltinDocument } from '../src/workspace/svc-workspace-manager.js';
import { todayIso } from '../src/workspace/today.js';

/**
 * The language server keeps document models (and what the analysis derives from each) between
 * builds and rebuilds only what changed. After every edit, the analysis it returns must equal
 * that of a fresh workspace holding the same files: a stale cache shows up as a difference.
 */

const NEEDS = `package acme
stakeholder Boss { perspective business }
stakeholder Tech { perspective it }
need Estimating "Estimate costs" { raisedBy Boss  requires { functionality 70 } }
// no gap
`;
const SERVICES = `package acme
service Estimator at business-process-execution {
  owner Boss
  addresses Estimating
  supportedBy Hosting
}
`;
const PLATFORM = `package acme
service Hosting at it-operations { owner Tech }
spec EstimatorSla for Estimator { agreedBy Boss, Tech  commits { functionality 75 } }
assessment EstimatorReview of Estimator { date 2010-06-01  assessors Boss, Tech  score functionality 40 }
`;

const ALIGNMENT = `package acme
change Shift { kind market  date 2010-01-01  affects Estimating }
alignment Fix {
  aligns Estimating with Estimator
  governance { accountable Boss, Tech }
  risk low
  resources { people 2 }
}
`;

const REVIEWS = `package acme
// no new spec
assessment LaterReview of Estimator { date 2010-09-01  assessors Boss  score functionality 90  score performance 70 }
`;

/** A workspace over a mutable in-memory file system, updated as the language server updates it. */
function workspace(files: Map<string, string>) {
    const fileSystem = {
        fileSystemProvider: () => ({
            ...EmptyFileSystem.fileSystemProvider(),
            stat: async (uri: URI) => {
                if (!files.has(uri.path)) throw new Error(`ENOENT: ${uri.path}`);
                return { uri, isFile: true, isDirectory: false };
            },
            readFile: async (uri: URI) => {
                const text = files.get(uri.path);
                if (text === undefined) throw new Error(`ENOENT: ${uri.path}`);
                return text;
            }
        })
    } as unknown as DefaultSharedModuleContext;
    const services = createSvcServices(fileSystem);
    const { shared } = services;
    const documents = shared.workspace.LangiumDocuments;
    documents.addDocument(createBuiltinDocument(shared.workspace.LangiumDocumentFactory));
    return {
        analysis: services.Svc.analysis.WorkspaceAnalysis,
        builder: shared.workspace.DocumentBuilder,
        async open(): Promise<void> {
            for (const path of files.keys()) {
                documents.addDocument(shared.workspace.LangiumDocumentFactory.fromString(files.get(path)!, URI.file(path)));
            }
            await shared.workspace.DocumentBuilder.build(documents.all.toArray(), { validation: true });
        },
        async update(changed: string[], deleted: string[] = []): Promise<void> {
            await shared.workspace.DocumentBuilder.update(
                changed.map(path => URI.file(path)),
                deleted.map(path => URI.file(path))
            );
        }
    };
}

/** Everything a client can see of an analysis, as plain data. */
function visible(result: Analysis): unknown {
    return JSON.parse(
        JSON.stringify({
            findings: Object.fromEntries([...result.findingsByUri].sort(([a], [b]) => a.localeCompare(b))),
            indicators: result.indicators,
            omitted: result.omitted,
            model: result.model
        })
    );
}

/** A fresh workspace's analysis, every rule run once on the whole workspace (the CLI's way), with the editor's today. */
async function fresh(files: Map<string, string>): Promise<unknown> {
    const scratch = workspace(new Map(files));
    await scratch.open();
    return visible(scratch.analysis.analyse({ today: todayIso() }));
}

const rules = (result: Analysis, path: string) => (result.findingsByUri.get(URI.file(path).toString()) ?? []).map(finding => finding.rule);

describe('incremental analysis', () => {
    it('equals a fresh analysis after edits, renames across files, deletions and re-creations', async () => {
        const files = new Map([
            ['/ws/needs.svc', NEEDS],
            ['/ws/services.svc', SERVICES],
            ['/ws/platform.svc', PLATFORM]
        ]);
        const ws = workspace(files);
        await ws.open();
        const first = ws.analysis.current();
        // Read everything once, so that every lazily computed part has been cached before the edits.
        visible(first);
        expect(rules(first, '/ws/needs.svc')).not.toContain('need-uncovered');
        expect(visible(first)).toEqual(await fresh(files));

        // Edit B (services): A's (needs) diagnostics change although A was not touched.
        files.set('/ws/services.svc', SERVICES.replace('  addresses Estimating\n', ''));
        await ws.update(['/ws/services.svc']);
        const edited = ws.analysis.current();
        expect(rules(edited, '/ws/needs.svc')).toContain('need-uncovered');
        expect(visible(edited)).toEqual(await fresh(files));

        // And back.
        files.set('/ws/services.svc', SERVICES);
        await ws.update(['/ws/services.svc']);
        expect(rules(ws.analysis.current(), '/ws/needs.svc')).not.toContain('need-uncovered');
        expect(visible(ws.analysis.current())).toEqual(await fresh(files));

        // Rename a declaration that another file refers to: the reference in B breaks.
        files.set('/ws/needs.svc', NEEDS.replace('need Estimating', 'need Costing'));
        await ws.update(['/ws/needs.svc']);
        const renamed = ws.analysis.current();
        expect(rules(renamed, '/ws/services.svc')).toContain('unresolved-reference');
        expect(rules(renamed, '/ws/needs.svc')).toContain('need-uncovered');
        expect(visible(renamed)).toEqual(await fresh(files));

        // Rename the service that the spec and assessment in C name, in B.
        files.set('/ws/services.svc', SERVICES.replace('service Estimator', 'service Quoter'));
        await ws.update(['/ws/services.svc']);
        const serviceRenamed = ws.analysis.current();
        expect(rules(serviceRenamed, '/ws/platform.svc')).toContain('unresolved-reference');
        expect(visible(serviceRenamed)).toEqual(await fresh(files));

        // Delete a file: its findings go, and what it covered or referred to is re-analysed.
        files.delete('/ws/services.svc');
        await ws.update([], ['/ws/services.svc']);
        const deleted = ws.analysis.current();
        expect(deleted.findingsByUri.has(URI.file('/ws/services.svc').toString())).toBe(false);
        expect(visible(deleted)).toEqual(await fresh(files));

        // Re-create it as it was at first, with the first names restored.
        files.set('/ws/needs.svc', NEEDS);
        files.set('/ws/services.svc', SERVICES);
        await ws.update(['/ws/needs.svc', '/ws/services.svc']);
        const restored = ws.analysis.current();
        expect(visible(restored)).toEqual(await fresh(files));
        // The re-created file now comes last, so only the findings (by document) compare with the first analysis.
        expect((visible(restored) as { findings: unknown }).findings).toEqual((visible(first) as { findings: unknown }).findings);
    });

    it('equals a fresh analysis after each of 80 random edits that the per-document rules see (kept findings never go stale)', async () => {
        const files = new Map([
            ['/ws/needs.svc', NEEDS],
            ['/ws/services.svc', SERVICES],
            ['/ws/platform.svc', PLATFORM],
            ['/ws/alignment.svc', ALIGNMENT],
            ['/ws/reviews.svc', REVIEWS]
        ]);
        /** Each edit flips one thing a document-scoped rule reads, here or through a reference. */
        const toggle = (path: string, from: string, to: string) => () => {
            const text = files.get(path)!;
            files.set(path, text.includes(from) ? text.replace(from, to) : text.replace(to, from));
            return [path];
        };
        const toggleFile = (path: string, text: string) => () => {
            if (files.delete(path)) return { deleted: [path] };
            files.set(path, text);
            return [path];
        };
        const edits: (() => string[] | { deleted: string[] })[] = [
            // support-inverted on Estimator, in another file than the level that changes.
            toggle('/ws/platform.svc', 'Hosting at it-operations', 'Hosting at business-engineering'),
            // score-range and duplicate-score.
            toggle('/ws/platform.svc', 'score functionality 40', 'score functionality 140'),
            toggle('/ws/platform.svc', 'score functionality 40', 'score functionality 40  score functionality 55'),
            // perspective-missing, and alignment-unaccountable in another file, which reads the perspective.
            toggle('/ws/needs.svc', 'stakeholder Tech { perspective it }', 'stakeholder Tech { }'),
            // change-unlinked in another file, which resolves the need; alignment-incomplete.
            toggle('/ws/needs.svc', 'need Estimating', 'need Costing'),
            toggle('/ws/alignment.svc', '  risk low\n', ''),
            // unknown-rule and invalid-value in a policy.
            toggle('/ws/needs.svc', 'package acme\n', 'package acme\npolicy { rule no-such-rule off  tolerance -1 }\n'),
            // A second and a third Hosting: which one a reference means can change without its document changing.
            toggleFile('/ws/a-duplicate.svc', 'package acme\nservice Hosting at business-engineering\n'),
            toggleFile('/ws/z-duplicate.svc', 'package acme\nservice Hosting at development\n'),
            // A line inserted above: every position in the file moves.
            toggle('/ws/services.svc', 'package acme\n', 'package acme\n\n// moved down\n'),
            // What the rules of other files look up by name: a requirement (spec-below-need, experience-below-need),
            toggle('/ws/needs.svc', 'requires { functionality 70 }', 'requires { functionality 95 }'),
            // a raised date and a response (need-stale, response-late, dates-out-of-order, the agility indicators),
            toggle('/ws/needs.svc', '"Estimate costs" { raisedBy', '"Estimate costs" { raised 2009-01-01  raisedBy'),
            toggle('/ws/alignment.svc', '  risk low\n', '  risk low\n  decided 2010-01-15\n  responded 2010-11-01\n'),
            // the latest business score and its assessors (experience-below-spec, perception-gap, commitment-unassessed),
            toggle('/ws/reviews.svc', 'score functionality 90', 'score functionality 20'),
            toggle('/ws/reviews.svc', 'assessors Boss', 'assessors Tech'),
            // a spec that supersedes the one in another file (the current specs of the service),
            toggle('/ws/reviews.svc', '// no new spec', 'spec NewSla for Estimator { agreedBy Boss  commits { performance 60 }  supersedes EstimatorSla }'),
            // a gap, answered from another file (gap-unanswered, and the need's answerers),
            toggle('/ws/needs.svc', '// no gap', 'gap Slow on Estimating { shortfall { performance 20 } }'),
            toggle('/ws/alignment.svc', '  aligns Estimating with Estimator\n', '  respondsTo Slow\n  tbe before 10 after 80\n'),
            // a supportedBy that closes a cycle (the service graph, kept while no service's edges change),
            toggle(
                '/ws/platform.svc',
                'service Hosting at it-operations { owner Tech }',
                'service Hosting at it-operations { owner Tech  supportedBy Estimator }'
            ),
            // and a claimed effect that the assessments in two files measure (effect-claim-mismatch).
            toggle('/ws/alignment.svc', '  resources { people 2 }\n', '  resources { people 2 }\n  tbe before 20 after 30\n')
        ];
        const ws = workspace(files);
        await ws.open();
        let seed = 7;
        const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
        for (let step = 0; step < 80; step++) {
            const changed = edits[Math.floor(random() * edits.length)]!();
            if (Array.isArray(changed)) await ws.update(changed);
            else await ws.update([], changed.deleted);
            expect(visible(ws.analysis.current()), `after edit ${step}`).toEqual(await fresh(files));
        }
    });

    it('keeps no analysis read between linking and validation, when the syntax errors are not known yet', async () => {
        const files = new Map([
            ['/ws/needs.svc', NEEDS],
            ['/ws/services.svc', SERVICES],
            ['/ws/platform.svc', PLATFORM]
        ]);
        const ws = workspace(files);
        await ws.open();
        // Hover and code lens may read the analysis once a document is linked, before Langium validates it.
        const readEarly = ws.builder.onDocumentPhase(DocumentState.Linked, () => void ws.analysis.current());
        files.set('/ws/services.svc', SERVICES.replace('supportedBy Hosting', 'supportedBy'));
        await ws.update(['/ws/services.svc']);
        readEarly.dispose();
        expect(rules(ws.analysis.current(), '/ws/services.svc')).toContain('syntax');
        expect(visible(ws.analysis.current())).toEqual(await fresh(files));
    });

    it('gives the editor the same indicators, computed when read, as the CLI computes at once', async () => {
        const files = new Map([
            ['/ws/needs.svc', NEEDS],
            ['/ws/services.svc', SERVICES],
            ['/ws/platform.svc', PLATFORM]
        ]);
        const ws = workspace(files);
        await ws.open();
        const lazy = ws.analysis.current();
        const eager = ws.analysis.analyse({ today: new Date().toISOString().slice(0, 10) });
        expect(Object.keys(lazy.indicators)).toEqual(['coverage', 'sem', 'tbe', 'tbeByService', 'agility', 'alignmentEffect']);
        expect(JSON.parse(JSON.stringify(lazy.indicators))).toEqual(JSON.parse(JSON.stringify(eager.indicators)));
        expect(lazy.indicators.coverage.needs).toEqual({ count: 1, total: 1, share: 1 });
    });
});
