import { interruptAndCheck, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import { CancellationToken, type CodeLens, type CodeLensParams } from 'vscode-languageserver';
import { simpleName, type Declaration, type Need, type Service, type TbeIndicator } from '@svc-lang/core';
import { signed } from '@svc-lang/diagram';
import type { SvcServices } from '../svc-module.js';
import type { WorkspaceAnalysis } from '../workspace/workspace-analysis.js';
import { startUnlessCancelled } from './cancellation.js';
import { OPEN_PREVIEW_COMMAND, type SvcInitializationOptions } from './diagram-protocol.js';
import { count } from './presentation.js';
import { SHOW_INDICATOR_COMMAND } from './svc-execute-command.js';
import { WorkspaceFacts } from './workspace-facts.js';

/**
 * A line of indicators above each need (coverage, latest TBE of the services that cover it)
 * and each service (services it supports, needs it serves, its business TBE and the perception gap on it), from
 * the current analysis; and above the first declaration, the way to the alignment preview
 * where the eye already is.
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

    async provideCodeLens(document: LangiumDocument, _params: CodeLensParams, cancelToken = CancellationToken.None): Promise<CodeLens[]> {
        await startUnlessCancelled(cancelToken);
        const facts = WorkspaceFacts.of(this.analysis.current());
        const declarations = facts.index.documentOf(document.uri.toString())?.declarations ?? [];
        // A file of 20,000 declarations takes a tenth of a second: a cancelled request stops between two.
        const indicators: CodeLens[] = [];
        for (const declaration of declarations) {
            await interruptAndCheck(cancelToken);
            const title =
                declaration.kind === 'need' ? needTitle(declaration, facts) : declaration.kind === 'service' ? serviceTitle(declaration, facts) : undefined;
            if (title !== undefined) indicators.push(lens(declaration, title));
        }
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

/**
 * The services it supports and the needs it serves, both counted through chains of
 * `supportedBy` (a platform serves the needs of the services it holds up); its business TBE;
 * the perception gap on TBE when IT scored it too. Counts of zero are left out, and so is a lens
 * with nothing else to say.
 */
function serviceTitle(service: Service, facts: WorkspaceFacts): string | undefined {
    const supported = facts.supportedTransitively(service.qualifiedName);
    const needs = new Set([service, ...supported].flatMap(s => facts.index.coveredNeeds(s.qualifiedName))).size;
    const pg = facts.serviceTbe(service.qualifiedName)?.pg;
    const parts = [
        ...(supported.length === 0 ? [] : [`supports ${count(supported.length, 'service')}`]),
        ...(needs === 0 ? [] : [`serves ${count(needs, 'need')}`]),
        ...tbeText(facts.latestTbe(service.qualifiedName)),
        ...(pg === undefined ? [] : [`PG ${signed(pg)}`])
    ];
    return parts.length === 0 ? undefined : parts.join(' · ');
}

function tbeText(tbe: TbeIndicator | undefined): string[] {
    return tbe ? [`TBE ${tbe.tbe} (${simpleName(tbe.assessment)})`] : [];
}

/** An indicator lens: running it shows the indicators as a message, named by their element. */
function lens(declaration: Declaration, title: string): CodeLens {
    return { range: declaration.nameLocation.range, command: { title, command: SHOW_INDICATOR_COMMAND, arguments: [`${declaration.name}: ${title}`] } };
}

function previewLens(declaration: Declaration): CodeLens {
    return { range: declaration.nameLocation.range, command: { title: 'Open alignment preview', command: OPEN_PREVIEW_COMMAND } };
}
