import type { LangiumDocument, LangiumDocuments } from 'langium';
import { DocumentState } from 'langium';
import type {
    Analysis,
    AnalysisOptions,
    AnalysisOverrides,
    DocumentModel,
    Finding,
    Indicators,
    InternalFailure,
    RawFinding,
    WorkspaceModel
} from '@svc-lang/core';
import { analyseWorkspace, DocumentRuleCache, internalErrorFinding, Settings, WorkspaceIndex } from '@svc-lang/core';
import type { SvcCoreServices } from '../svc-core-module.js';
import { isBuiltinUri } from '../builtins.js';
import { buildDocumentModel } from '../model/build-document-model.js';
import { throwIfFaultInjected } from './fault-injection.js';
import { langiumFindings } from './langium-findings.js';
import { todayIso } from './today.js';

/** Nobody reads more per file, and editors slow down long before 180,000 squiggles. */
export const MAX_DIAGNOSTICS_PER_FILE = 1000;

/** A document's model, or the empty model that stands in for it when building it threw. */
interface CachedModel {
    model: DocumentModel;
    failure?: InternalFailure;
    /** Langium's diagnostics as raw findings, and the diagnostics they were made from: reused while Langium keeps those. */
    langium?: { diagnostics: LangiumDocument['diagnostics']; findings: readonly RawFinding[] };
}

/**
 * The one place where the whole workspace is analysed, for the language server and the CLI
 * alike. Document models are cached per URI and rebuilt only for documents that Langium
 * re-linked, so a keystroke re-converts one file, not the workspace. The last result is kept
 * for the editor features (hover, code lens) until the workspace changes.
 *
 * Nothing that throws in here escapes as an exception: a document whose model cannot be built
 * counts as empty, a rule that throws loses its own findings, and either becomes an
 * `internal-error` finding, so one bug never costs the user every other diagnostic.
 */
export class WorkspaceAnalysis {
    private readonly documents: LangiumDocuments;
    private readonly models = new Map<string, CachedModel>();
    private latest: Analysis | undefined;
    private overrides: AnalysisOverrides = {};
    /** Per-document findings of the document-scoped rules, reused across keystrokes for the documents that did not change. */
    private readonly documentRules = new DocumentRuleCache();

    constructor(services: SvcCoreServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        const builder = services.shared.workspace.DocumentBuilder;
        // Every re-parse or re-link passes through Linked: that is when a document's model goes stale.
        builder.onDocumentPhase(DocumentState.Linked, document => this.forget([document.uri.toString()]));
        // Langium's own diagnostics (syntax, links) arrive at Validated: an analysis read before
        // then, by a hover or code lens between the phases, lacks them and must not be kept.
        builder.onDocumentPhase(DocumentState.Validated, () => (this.latest = undefined));
        builder.onUpdate((changed, deleted) => this.forget([...changed, ...deleted].map(uri => uri.toString())));
    }

    /** Settings that override every policy (the editor's counterpart of the CLI's options). */
    setOverrides(overrides: AnalysisOverrides): void {
        this.overrides = overrides;
        this.latest = undefined;
    }

    /** The analysis of the workspace as it is now, with today's date and the current overrides. */
    current(): Analysis {
        // Indicators are computed when first read: after a keystroke the status bar reads the needs coverage
        // and the code lens the TBEs; agility, SEM gaps and alignment effects wait for a hover or a diagram.
        this.latest ??= this.run({ today: todayIso(), overrides: this.overrides, documentRules: this.documentRules }, true);
        return this.latest;
    }

    /** Analyses the workspace with explicit options (the CLI's way in). */
    analyse(options: AnalysisOptions): Analysis {
        return this.run(options, false);
    }

    /** The models of every document and Langium's own findings on each. */
    private snapshot(): WorkspaceSnapshot {
        const documents = this.documents.all.toArray();
        const entries = documents.map(document => this.modelOf(document));
        const external: RawFinding[] = [];
        entries.forEach((entry, i) => {
            if (entry.failure) external.push(internalErrorFinding(entry.failure, entry.model.uri));
            else if (!entry.model.builtin) for (const finding of langiumFindingsOf(documents[i]!, entry)) external.push(finding);
        });
        return { entries, external };
    }

    private run(options: AnalysisOptions, lazyIndicators: boolean): Analysis {
        return analyseEntries(this.snapshot(), options, lazyIndicators);
    }

    private forget(uris: string[]): void {
        this.latest = undefined;
        for (const uri of uris) {
            this.models.delete(uri);
        }
    }

    private modelOf(document: LangiumDocument): CachedModel {
        const uri = document.uri.toString();
        let entry = this.models.get(uri);
        if (!entry) {
            entry = build(document, uri);
            this.models.set(uri, entry);
        }
        return entry;
    }
}

/** Document models and Langium's own findings: everything the analysis reads of the documents. */
interface WorkspaceSnapshot {
    readonly entries: readonly CachedModel[];
    /** `syntax`, `unresolved-reference` and `internal-error` findings from building the documents. */
    readonly external: readonly RawFinding[];
}

function analyseEntries(snapshot: WorkspaceSnapshot, options: AnalysisOptions, lazyIndicators: boolean): Analysis {
    const model: WorkspaceModel = { documents: snapshot.entries.map(entry => entry.model) };
    const failures = snapshot.entries.flatMap(entry => (entry.failure ? [entry.failure] : []));
    const fullOptions = { ...options, maxFindingsPerFile: MAX_DIAGNOSTICS_PER_FILE };
    try {
        const analysis = analyseWorkspace(model, fullOptions, snapshot.external);
        failures.push(...analysis.failures);
        const indicators = lazyIndicators ? guarded(analysis.indicators, failures) : settled(analysis.indicators);
        return { ...analysis, indicators, failures };
    } catch (error) {
        return failedAnalysis(model, fullOptions, { activity: 'analysing the workspace', error }, failures);
    }
}

/** What stands in for an analysis that threw: one `internal-error` on the first user document, nothing else. */
function failedAnalysis(model: WorkspaceModel, options: AnalysisOptions, failure: InternalFailure, failures: InternalFailure[]): Analysis {
    const index = new WorkspaceIndex(model);
    const first = model.documents.find(document => !document.builtin)?.uri;
    const findings: Finding[] = first === undefined ? [] : [{ ...internalErrorFinding(failure, first), severity: 'error' }];
    const findingsByUri = new Map<string, Finding[]>(model.documents.filter(m => !m.builtin).map(m => [m.uri, []]));
    if (first !== undefined) findingsByUri.set(first, findings);
    const empty = analyseWorkspace({ documents: [] }, options);
    return {
        ...empty,
        model,
        index,
        settings: new Settings(index, options),
        findings,
        findingsByUri,
        counts: { error: findings.length, warning: 0, info: 0 },
        failures: [...failures, failure]
    };
}

/**
 * Lazy indicators whose computation, should it throw, yields the empty workspace's indicators
 * for that part and a failure, as an eager analysis would. The coverage's parts are lazy too.
 */
function guarded(indicators: Indicators, failures: InternalFailure[]): Indicators {
    const empty = () => analyseWorkspace({ documents: [] }, { today: todayIso() }).indicators;
    const safe = guardFields(indicators, () => empty(), failures, 'indicators');
    // eslint-disable-next-line @typescript-eslint/unbound-method -- guardFields's getters use no `this`
    const coverage = Object.getOwnPropertyDescriptor(safe, 'coverage')!.get!;
    Object.defineProperty(safe, 'coverage', {
        enumerable: true,
        configurable: true,
        get: () => {
            const value = guardFields(coverage() as Indicators['coverage'], () => empty().coverage, failures, 'coverage indicators');
            Object.defineProperty(safe, 'coverage', { value, enumerable: true, configurable: true, writable: true });
            return value;
        }
    });
    return safe;
}

function guardFields<T extends object>(source: T, fallback: () => T, failures: InternalFailure[], what: string): T {
    const safe = {} as T;
    for (const key of Object.keys(source) as (keyof T & string)[]) {
        Object.defineProperty(safe, key, {
            enumerable: true,
            configurable: true,
            get() {
                let value: T[typeof key];
                try {
                    value = source[key];
                } catch (error) {
                    failures.push({ activity: `computing the ${key} ${what}`, error });
                    value = fallback()[key];
                }
                Object.defineProperty(safe, key, { value, enumerable: true, configurable: true, writable: true });
                return value;
            }
        });
    }
    return safe;
}

/** Every indicator computed now (inside the analysis's try), as plain data. */
function settled(indicators: Indicators): Indicators {
    return { ...indicators, coverage: { ...indicators.coverage } };
}

/**
 * Langium validates a document into a new diagnostics array: while the array and the model are
 * the ones of the last analysis, so are the findings (a keystroke re-validates a few documents,
 * not the 200 others).
 */
function langiumFindingsOf(document: LangiumDocument, entry: CachedModel): readonly RawFinding[] {
    const known = entry.langium;
    if (known !== undefined && known.diagnostics === document.diagnostics) return known.findings;
    const findings = langiumFindings(document, entry.model);
    entry.langium = { diagnostics: document.diagnostics, findings };
    return findings;
}

function build(document: LangiumDocument, uri: string): CachedModel {
    try {
        if (!isBuiltinUri(uri)) throwIfFaultInjected();
        return { model: buildDocumentModel(document) };
    } catch (error) {
        const model = { uri, package: '', imports: [], importLocations: [], builtin: isBuiltinUri(uri), declarations: [], policies: [] };
        return { model, failure: { activity: `converting ${uri}`, error } };
    }
}
