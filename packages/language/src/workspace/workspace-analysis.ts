import type { LangiumDocument, LangiumDocuments } from 'langium';
import { DocumentState } from 'langium';
import type { AnalysisOptions, AnalysisOverrides, DocumentModel, Finding, Indicators, WorkspaceModel } from '@svc/core';
import { analyseWorkspace } from '@svc/core';
import type { SvcServices } from '../svc-module.js';
import { buildDocumentModel } from '../model/build-document-model.js';
import { langiumFindings } from './langium-findings.js';
import { todayIso } from './today.js';

export interface WorkspaceResult {
    model: WorkspaceModel;
    /** Every finding of the workspace, policy applied, keyed by document URI (built-ins excluded). */
    findingsByUri: Map<string, Finding[]>;
    indicators: Indicators;
}

/**
 * The one place where the whole workspace is analysed, for the language server and the CLI
 * alike. Document models are cached per URI and rebuilt only for documents that Langium
 * re-linked, so a keystroke re-converts one file, not the workspace. The last result is kept
 * for the editor features (hover, code lens) until the workspace changes.
 */
export class WorkspaceAnalysis {
    private readonly documents: LangiumDocuments;
    private readonly models = new Map<string, DocumentModel>();
    private latest: WorkspaceResult | undefined;
    private overrides: AnalysisOverrides = {};

    constructor(services: SvcServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        const builder = services.shared.workspace.DocumentBuilder;
        // Every re-parse or re-link passes through Linked: that is when a document's model goes stale.
        builder.onDocumentPhase(DocumentState.Linked, document => this.forget([document.uri.toString()]));
        builder.onUpdate((changed, deleted) => this.forget([...changed, ...deleted].map(uri => uri.toString())));
    }

    /** Settings that override every policy (the editor's counterpart of the CLI's options). */
    setOverrides(overrides: AnalysisOverrides): void {
        this.overrides = overrides;
        this.latest = undefined;
    }

    /** The analysis of the workspace as it is now, with today's date and the current overrides. */
    current(): WorkspaceResult {
        this.latest ??= this.analyse({ today: todayIso(), overrides: this.overrides });
        return this.latest;
    }

    /** Analyses the workspace with explicit options (the CLI's way in). */
    analyse(options: AnalysisOptions): WorkspaceResult {
        const documents = this.documents.all.toArray();
        const models = documents.map(document => this.modelOf(document));
        const model: WorkspaceModel = { documents: models };
        const parserFindings = documents.flatMap((document, i) => (models[i]!.builtin ? [] : langiumFindings(document, models[i]!)));
        const { findings, indicators } = analyseWorkspace(model, options, parserFindings);
        const findingsByUri = new Map<string, Finding[]>(models.filter(m => !m.builtin).map(m => [m.uri, []]));
        for (const finding of findings) {
            findingsByUri.get(finding.location.uri)?.push(finding);
        }
        return { model, findingsByUri, indicators };
    }

    private forget(uris: string[]): void {
        this.latest = undefined;
        for (const uri of uris) {
            this.models.delete(uri);
        }
    }

    private modelOf(document: LangiumDocument): DocumentModel {
        const uri = document.uri.toString();
        let model = this.models.get(uri);
        if (!model) {
            model = buildDocumentModel(document);
            this.models.set(uri, model);
        }
        return model;
    }
}
