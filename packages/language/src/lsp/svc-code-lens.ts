import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { simpleName, type Declaration, type Need, type Service, type TbeIndicator } from '@svc/core';
import type { SvcServices } from '../svc-module.js';
import type { WorkspaceAnalysis } from '../workspace/workspace-analysis.js';
import { OPEN_PREVIEW_COMMAND, type SvcInitializationOptions } from './diagram-protocol.js';
import { count } from './presentation.js';
import { WorkspaceFacts } from './workspace-facts.js';

/**
 * A line of indicators above each need (coverage, latest TBE of the services that cover it)
 * and each service (needs it supports, its latest TBE), from the current analysis; and above
 * the first declaration, the way to the alignment preview where the eye already is.
 */
export class SvcCodeLensProvider implements CodeLensProvider {
    private readonly analysis: WorkspaceAnalysis;
    /** Whether the client runs the preview command (it says so when it starts the server). */
    private previewCommand = false;

    constructor(services: SvcServices) {
        this.analysis = services.analysis.WorkspaceAnalysis;
        services.shared.lsp.LanguageServer.onInitialize(params => {
            this.previewCommand = (params.initializationOptions as SvcInitializationOptions | undefined)?.openPreviewCommand === true;
        });
    }

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const facts = WorkspaceFacts.of(this.analysis.current());
        const declarations = facts.index.documentOf(document.uri.toString())?.declarations ?? [];
        const indicators = declarations.flatMap(declaration => {
            const title = declaration.kind === 'need' ? needTitle(declaration, facts) : declaration.kind === 'service' ? serviceTitle(declaration, facts) : undefined;
            return title === undefined ? [] : [lens(declaration, title)];
        });
        const first = declarations[0];
        return first === undefined || !this.previewCommand ? indicators : [previewLens(first), ...indicators];
    }
}

function needTitle(need: Need, facts: WorkspaceFacts): string {
    const coverers = facts.index.coveringServices(need.qualifiedName);
    if (coverers.length === 0) {
        return 'not covered';
    }
    const tbes = coverers.map(service => facts.latestTbe(service.qualifiedName)).filter((tbe): tbe is TbeIndicator => tbe !== undefined);
    const latest = tbes.reduce<TbeIndicator | undefined>((a, b) => (a && (a.date ?? '') > (b.date ?? '') ? a : b), undefined);
    return [`covered by ${count(coverers.length, 'service')}`, ...tbeText(latest)].join(' · ');
}

function serviceTitle(service: Service, facts: WorkspaceFacts): string {
    const needs = facts.index.coveredNeeds(service.qualifiedName).length;
    return [`supports ${count(needs, 'need')}`, ...tbeText(facts.latestTbe(service.qualifiedName))].join(' · ');
}

function tbeText(tbe: TbeIndicator | undefined): string[] {
    return tbe ? [`TBE ${tbe.tbe} (${simpleName(tbe.assessment)})`] : [];
}

/** A lens without a command to run: an empty command id makes editors show the title as plain text. */
function lens(declaration: Declaration, title: string): CodeLens {
    return { range: declaration.nameLocation.range, command: { title, command: '' } };
}

function previewLens(declaration: Declaration): CodeLens {
    return { range: declaration.nameLocation.range, command: { title: 'Open alignment preview', command: OPEN_PREVIEW_COMMAND } };
}
