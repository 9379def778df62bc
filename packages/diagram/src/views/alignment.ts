import type { Alignment, Assessment, Change, EffectFigures, Service } from '@svc-lang/core';
import type { Context } from '../context.js';
import { signed } from '../numbers.js';
import { addCoverEdges, declarationNode, EdgeSet, unique, type Graph, type GraphEdge } from './graph.js';

/** The flow's columns, left to right. */
export const COLUMNS = ['Changes', 'Gaps', 'Needs', 'Services', 'Assessments', 'Alignments'] as const;

export interface AlignmentView {
    graph: Graph;
    subtitle: string;
}

/**
 * Total alignment as a flow: change → gap → need → service → assessment → alignment. The
 * services shown are those in the flow: covering a need or assessed. Edges: a change affects a
 * need, a gap is on a need, a need is covered by a service, an assessment is of a service, an
 * alignment responds to a change, gap or assessment and aligns a need.
 */
export function buildAlignmentView(ctx: Context): AlignmentView {
    const nodes = unique([
        ...ctx.drawn('change').map(change => declarationNode(ctx, change, 'change', 0, changeFacts(change))),
        ...ctx.drawn('gap').map(gap => declarationNode(ctx, gap, 'gap', 1)),
        ...ctx.drawn('need').map(need => declarationNode(ctx, need, 'need', 2, need.priority ? [need.priority] : [])),
        ...ctx
            .drawn('service')
            .filter(service => inFlow(ctx, service))
            .map(service => declarationNode(ctx, service, 'service', 3, service.provider ? [service.provider] : [])),
        ...ctx.drawn('assessment').map(assessment => declarationNode(ctx, assessment, 'assessment', 4, [tbeFact(ctx, assessment)])),
        ...ctx.drawn('alignment').map(alignment => declarationNode(ctx, alignment, 'alignment', 5, alignmentFacts(alignment), effectNotes(ctx, alignment)))
    ]);
    return { graph: { nodes, edges: flowEdges(ctx, new Set(nodes.map(node => node.id))) }, subtitle: ctx.subtitle(subtitle(ctx)) };
}

function inFlow(ctx: Context, service: Service): boolean {
    return ctx.index.coveredNeeds(service.qualifiedName).length > 0 || ctx.index.assessmentsOf(service.qualifiedName).length > 0;
}

function changeFacts(change: Change): string[] {
    return [change.changeKind, change.date?.iso].filter((fact): fact is string => fact !== undefined);
}

function tbeFact(ctx: Context, assessment: Assessment): string {
    const tbe = ctx.input.indicators.tbe.find(entry => entry.assessment === assessment.qualifiedName)?.tbe;
    return `TBE ${tbe ?? '—'}`;
}

/** When it responded, or that it is only planned. */
function alignmentFacts(alignment: Alignment): string[] {
    if (alignment.responded) return [`responded ${alignment.responded.iso}`];
    return alignment.decided ? [`planned ${alignment.decided.iso}`] : [];
}

/**
 * The claimed and the measured effect on TBE, one line each, so that a claim the assessments
 * do not bear out shows beside the measurement; nothing when there is neither.
 */
function effectNotes(ctx: Context, alignment: Alignment): string[] {
    const effect = ctx.input.indicators.alignmentEffect.find(entry => entry.alignment === alignment.qualifiedName);
    if (!effect) return [];
    const line = (label: string, figures: EffectFigures | undefined) =>
        `${label} ${figures ? `${figures.before} → ${figures.after} (${signed(figures.effect)})` : '—'}`;
    return [line('claimed TBE', effect.claimed), line('measured TBE', effect.measured)];
}

function flowEdges(ctx: Context, nodes: ReadonlySet<string>): GraphEdge[] {
    const { index } = ctx;
    const edges = new EdgeSet(ctx, nodes);
    for (const change of index.all('change')) {
        for (const ref of change.affects)
            edges.add(change.qualifiedName, ref.target, 'affects', change.qualifiedName, `${change.qualifiedName} affects ${ref.target}`);
    }
    for (const gap of index.all('gap'))
        edges.add(gap.qualifiedName, gap.need?.target, 'on', gap.qualifiedName, `${gap.qualifiedName} is a gap on ${gap.need?.target}`);
    addCoverEdges(ctx, edges);
    for (const assessment of index.all('assessment')) {
        const service = assessment.service?.target;
        edges.add(service, assessment.qualifiedName, 'of', assessment.qualifiedName, `${assessment.qualifiedName} assesses ${service}`);
    }
    for (const alignment of index.all('alignment')) addAlignment(edges, alignment);
    return edges.list();
}

function addAlignment(edges: EdgeSet, alignment: Alignment): void {
    const name = alignment.qualifiedName;
    for (const ref of alignment.respondsTo) edges.add(ref.target, name, 'respondsTo', name, `${name} responds to ${ref.target}`);
    for (const clause of alignment.aligns) edges.add(clause.need.target, name, 'aligns', name, `${name} aligns ${clause.need.target}`);
}

function subtitle(ctx: Context): string {
    const { changes, gaps, needs } = ctx.input.indicators.coverage;
    return `${changes.count} of ${changes.total} changes and ${gaps.count} of ${gaps.total} gaps answered · ${needs.count} of ${needs.total} needs covered`;
}
