import type { Alignment, AlignmentEffect, Declaration, Finding, Gap, Ref, SemGaps, Service, TbeIndicator } from '@svc/core';
import { WorkspaceIndex } from '@svc/core';
import type { WorkspaceResult } from '../workspace/workspace-analysis.js';

const cache = new WeakMap<WorkspaceResult, WorkspaceFacts>();

function push<V>(map: Map<string, V[]>, key: string | undefined, value: V): void {
    if (key === undefined) return;
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
}

/**
 * What hover and code lens look up beyond the analysis result: the workspace index and the
 * relations it does not keep inverted. Built once per analysis result, in one pass, because
 * the editor asks per element and a scan per element would be quadratic on large workspaces.
 */
export class WorkspaceFacts {
    readonly index: WorkspaceIndex;
    private readonly gaps = new Map<string, Gap[]>();
    private readonly aligners = new Map<string, Alignment[]>();
    private readonly supported = new Map<string, Service[]>();
    /** Built on first use: the indicators are computed when first read, and the code lens never needs these. */
    private sem: Map<string, SemGaps[]> | undefined;
    private effects: Map<string, AlignmentEffect> | undefined;
    /** Dimensions every property has: the built-in ones and any a user declares at top level. */
    readonly commonDimensions: string[];
    private readonly tbeByAssessment = new Map<string, TbeIndicator>();
    private readonly latestTbeByService = new Map<string, TbeIndicator>();

    static of(result: WorkspaceResult): WorkspaceFacts {
        let facts = cache.get(result);
        if (!facts) {
            facts = new WorkspaceFacts(result);
            cache.set(result, facts);
        }
        return facts;
    }

    private constructor(readonly result: WorkspaceResult) {
        this.index = new WorkspaceIndex(result.model);
        const target = (ref: Ref | undefined, kind: 'need' | 'service') => this.index.resolve(ref, kind)?.qualifiedName;
        for (const gap of this.index.all('gap')) push(this.gaps, target(gap.need, 'need'), gap);
        for (const alignment of this.index.all('alignment')) {
            const needs = new Set(alignment.aligns.map(clause => target(clause.need, 'need')));
            for (const need of needs) push(this.aligners, need, alignment);
        }
        for (const service of this.index.all('service')) {
            for (const ref of service.supportedBy) push(this.supported, target(ref, 'service'), service);
        }
        for (const tbe of result.indicators.tbe) this.addTbe(tbe);
        const declarations = result.model.documents.flatMap(document => document.declarations);
        this.commonDimensions = declarations.filter(declaration => declaration.kind === 'dimension').map(dimension => dimension.name);
    }

    /** The declaration of this qualified name in this document (built-ins included). */
    declaration(uri: string, qualifiedName: string): Declaration | undefined {
        return this.index.named(qualifiedName).find(declaration => declaration.location.uri === uri);
    }

    gapsOn(need: string): readonly Gap[] {
        return this.gaps.get(need) ?? [];
    }

    /** Alignments whose `aligns` names the need. */
    alignersOf(need: string): readonly Alignment[] {
        return this.aligners.get(need) ?? [];
    }

    /** Services that name this one in `supportedBy`: the ones it supports. */
    supportedServices(service: string): readonly Service[] {
        return this.supported.get(service) ?? [];
    }

    /** SEM gaps per property of the service, in catalogue order. */
    semOf(service: string): readonly SemGaps[] {
        if (!this.sem) {
            this.sem = new Map();
            for (const gaps of this.result.indicators.sem) push(this.sem, gaps.service, gaps);
        }
        return this.sem.get(service) ?? [];
    }

    /** The alignment's `tbe before … after …` and its effect, after − before. */
    effectOf(alignment: string): AlignmentEffect | undefined {
        this.effects ??= new Map(this.result.indicators.alignmentEffect.map(effect => [effect.alignment, effect]));
        return this.effects.get(alignment);
    }

    tbeOf(assessment: string): TbeIndicator | undefined {
        return this.tbeByAssessment.get(assessment);
    }

    /** The TBE of the service's latest assessment that has one (dated after undated, then later in the sources). */
    latestTbe(service: string): TbeIndicator | undefined {
        return this.latestTbeByService.get(service);
    }

    /** Findings that belong to the declaration, wherever it is underlined. */
    findingsOn(declaration: Declaration): Finding[] {
        const findings = this.result.findingsByUri.get(declaration.location.uri) ?? [];
        return findings.filter(finding => finding.element === declaration.qualifiedName);
    }

    private addTbe(tbe: TbeIndicator): void {
        this.tbeByAssessment.set(tbe.assessment, tbe);
        if (tbe.tbe === undefined || tbe.service === undefined) return;
        const latest = this.latestTbeByService.get(tbe.service);
        // Indicators come in source order and ISO dates sort as text, so a later or equal date wins.
        if (!latest || (tbe.date ?? '') >= (latest.date ?? '')) this.latestTbeByService.set(tbe.service, tbe);
    }
}
