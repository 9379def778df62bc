import type {
    AgilitySample,
    Alignment,
    AlignmentEffect,
    Analysis,
    Declaration,
    Finding,
    Gap,
    Ref,
    SemGaps,
    Service,
    ServiceTbe,
    TbeIndicator,
    WorkspaceIndex
} from '@svc-lang/core';

const cache = new WeakMap<Analysis, WorkspaceFacts>();

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
    private serviceTbes: Map<string, ServiceTbe> | undefined;
    private samples: Map<string, AgilitySample> | undefined;
    /** Dimensions every property has: the built-in ones and any a user declares at top level. */
    readonly commonDimensions: string[];
    private readonly tbeByAssessment = new Map<string, TbeIndicator>();

    static of(result: Analysis): WorkspaceFacts {
        let facts = cache.get(result);
        if (!facts) {
            facts = new WorkspaceFacts(result);
            cache.set(result, facts);
        }
        return facts;
    }

    private constructor(readonly result: Analysis) {
        this.index = result.index;
        const target = (ref: Ref | undefined, kind: 'need' | 'service') => this.index.resolve(ref, kind)?.qualifiedName;
        for (const gap of this.index.all('gap')) push(this.gaps, target(gap.need, 'need'), gap);
        for (const alignment of this.index.all('alignment')) {
            const needs = new Set(alignment.aligns.map(clause => target(clause.need, 'need')));
            for (const need of needs) push(this.aligners, need, alignment);
        }
        for (const service of this.index.all('service')) {
            for (const ref of service.supportedBy) push(this.supported, target(ref, 'service'), service);
        }
        for (const tbe of result.indicators.tbe) this.tbeByAssessment.set(tbe.assessment, tbe);
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

    /** The services this one supports, directly or through the services it supports; each once, cycles included. */
    supportedTransitively(service: string): Service[] {
        const seen = new Set<Service>();
        const pending = [...this.supportedServices(service)];
        for (let next = pending.pop(); next; next = pending.pop()) {
            if (next.qualifiedName === service || seen.has(next)) continue;
            seen.add(next);
            pending.push(...this.supportedServices(next.qualifiedName));
        }
        return [...seen];
    }

    /** SEM gaps per property of the service, in catalogue order. */
    semOf(service: string): readonly SemGaps[] {
        if (!this.sem) {
            this.sem = new Map();
            for (const gaps of this.result.indicators.sem) push(this.sem, gaps.service, gaps);
        }
        return this.sem.get(service) ?? [];
    }

    /** The alignment's claimed (`tbe before … after …`) and measured effects. */
    effectOf(alignment: string): AlignmentEffect | undefined {
        this.effects ??= new Map(this.result.indicators.alignmentEffect.map(effect => [effect.alignment, effect]));
        return this.effects.get(alignment);
    }

    tbeOf(assessment: string): TbeIndicator | undefined {
        return this.tbeByAssessment.get(assessment);
    }

    /** The service's TBE, IT TBE and the perception gap between them (the indicators' TBE per service). */
    serviceTbe(service: string): ServiceTbe | undefined {
        this.serviceTbes ??= new Map(this.result.indicators.tbeByService.map(entry => [entry.service, entry]));
        return this.serviceTbes.get(service);
    }

    /** The service's TBE: of its latest business, joint or unattributed assessment that has one. */
    latestTbe(service: string): TbeIndicator | undefined {
        const assessment = this.serviceTbe(service)?.assessment;
        return assessment === undefined ? undefined : this.tbeOf(assessment);
    }

    /** The agility sample of a need or change: the delay to its first response, or its age while open. */
    sampleOf(subject: string): AgilitySample | undefined {
        this.samples ??= new Map(this.result.indicators.agility.samples.map(sample => [sample.subject, sample]));
        return this.samples.get(subject);
    }

    /** Findings that belong to the declaration, wherever it is underlined. */
    findingsOn(declaration: Declaration): Finding[] {
        const findings = this.result.findingsByUri.get(declaration.location.uri) ?? [];
        return findings.filter(finding => finding.element === declaration.qualifiedName);
    }
}
