import type * as M from '@svc/core';
import { responseDelay, simpleName, type RuleInfo } from '@svc/core';
import { describeLevel } from './presentation.js';
import type { WorkspaceFacts } from './workspace-facts.js';

/**
 * The Markdown of a declaration's hover: a header, then one short paragraph per fact, the
 * computed ones (coverage, TBE, delays, findings) first among them being the point of it.
 */
export function declarationHover(declaration: M.Declaration, facts: WorkspaceFacts): string {
    return [header(declaration), ...details(declaration, facts)].filter(line => line !== '').join('\n\n');
}

export function ruleHover(rule: RuleInfo): string {
    return `**rule** \`${rule.id}\` · ${rule.defaultSeverity} by default\n\n${rule.description}`;
}

function details(declaration: M.Declaration, facts: WorkspaceFacts): string[] {
    switch (declaration.kind) {
        case 'need': return needDetails(declaration, facts);
        case 'service': return serviceDetails(declaration, facts);
        case 'assessment': return assessmentDetails(declaration, facts);
        case 'alignment': return alignmentDetails(declaration, facts);
        case 'stakeholder': return [joined([declaration.perspective && `${declaration.perspective} perspective`, declaration.role && `role "${declaration.role}"`])];
        case 'property': return propertyDetails(declaration, facts);
        case 'gap': return [joined([declaration.need && `on ${code(declaration.need.text)}`, scores('shortfall', declaration.shortfall)]), answered(declaration, facts)];
        case 'change': return [joined([declaration.changeKind, declaration.date?.iso, refs('affects', declaration.affects)]), answered(declaration, facts)];
        case 'spec': return [joined([declaration.service && `for ${code(declaration.service.text)}`, declaration.version && `version ${declaration.version}`, refs('agreed by', declaration.agreedBy)])];
        case 'dimension': return ['a dimension of every property'];
    }
}

function header(declaration: M.Declaration): string {
    const title = declaration.title === undefined ? '' : ` — ${declaration.title}`;
    const builtin = declaration.builtin ? ' (built-in)' : '';
    return `**${declaration.kind}** \`${declaration.qualifiedName}\`${builtin}${title}`;
}

function needDetails(need: M.Need, facts: WorkspaceFacts): string[] {
    const coverers = facts.index.coveringServices(need.qualifiedName);
    const aligners = facts.alignersOf(need.qualifiedName);
    const stale = facts.findingsOn(need).some(finding => finding.rule === 'need-stale');
    return [
        coverers.length === 0 ? '**not covered**' : `covered by ${coverers.map(s => `${code(s.name)} (${s.level ?? 'no level'})`).join(', ')}`,
        facts.gapsOn(need.qualifiedName).map(gap => joined([`gap ${code(gap.name)}`, scores('shortfall', gap.shortfall)])).join('  \n'),
        joined([need.raised && `raised ${need.raised.iso}`, aligners.length > 0 ? `aligned by ${names(aligners)}` : 'not aligned', stale ? '**stale**' : undefined]),
        joined([scores('requires', need.requires), scores('expects', need.expects)])
    ];
}

function serviceDetails(service: M.Service, facts: WorkspaceFacts): string[] {
    const nature = service.nature && (service.nature.kind === 'mix' ? `mix ${service.nature.productShare ?? '?'}% product` : service.nature.kind);
    const covered = facts.index.coveredNeeds(service.qualifiedName);
    const supported = facts.supportedServices(service.qualifiedName);
    const tbe = facts.latestTbe(service.qualifiedName);
    return [
        joined([service.level && `${service.level} (${describeLevel(service.level)})`, nature, service.provider && `${service.provider} provider`]),
        joined([covered.length > 0 ? `covers ${names(covered)}` : 'covers no need', supported.length > 0 ? `supports ${names(supported)}` : undefined]),
        tbe ? `TBE ${tbe.tbe} (latest assessment ${code(simpleName(tbe.assessment))})` : '',
        experienceTable(facts.semOf(service.qualifiedName)),
        facts.findingsOn(service).map(finding => `${finding.severity} \`${finding.rule}\`: ${finding.message}`).join('  \n')
    ];
}

/** Spec commitments against the latest experience, per property that has either. */
function experienceTable(rows: readonly M.SemGaps[]): string {
    const shown = rows.filter(row => row.commits !== undefined || row.experienced !== undefined);
    if (shown.length === 0) return '';
    const cell = (value: number | undefined) => (value === undefined ? '–' : String(value));
    const lines = shown.map(row => `| ${row.property} | ${cell(row.commits)} | ${cell(row.experienced)} | ${cell(row.sx)} |`);
    return ['| property | commits | experienced | SX |', '|---|--:|--:|--:|', ...lines].join('\n');
}

function assessmentDetails(assessment: M.Assessment, facts: WorkspaceFacts): string[] {
    const tbe = facts.tbeOf(assessment.qualifiedName);
    const measures = joined([tbe?.core !== undefined && `C ${tbe.core}`, tbe?.management !== undefined && `M ${tbe.management}`, tbe?.tbe !== undefined && `TBE ${tbe.tbe}`]);
    return [
        joined([assessment.service && `of ${code(assessment.service.text)}`, assessment.date?.iso, refs('by', assessment.assessors)]),
        measures === '' ? 'no TBE: it needs scores on both core and management properties' : measures
    ];
}

function alignmentDetails(alignment: M.Alignment, facts: WorkspaceFacts): string[] {
    const delay = responseDelay(facts.index, alignment);
    const tbe = facts.effectOf(alignment.qualifiedName);
    return [
        refs('responds to', alignment.respondsTo),
        delay ? `responded ${delay.to}, ${delay.days} days after ${delay.from}` : alignment.responded ? `responded ${alignment.responded.iso}` : 'not responded',
        tbe ? `TBE ${tbe.before} → ${tbe.after} (effect ${tbe.effect >= 0 ? '+' : ''}${tbe.effect})` : 'TBE effect not measured'
    ];
}

function propertyDetails(property: M.Property, facts: WorkspaceFacts): string[] {
    const dimensions = [...facts.commonDimensions, ...property.dimensions.map(dimension => dimension.name)];
    return [joined([property.group && `${property.group} property`, `dimensions ${dimensions.map(code).join(', ')}`])];
}

function answered(declaration: M.Gap | M.Change, facts: WorkspaceFacts): string {
    const responders = facts.index.respondersTo(declaration.qualifiedName);
    return responders.length > 0 ? `answered by ${names(responders)}` : '**unanswered**';
}

function scores(label: string, entries: readonly M.PropertyScore[]): string {
    return entries.length === 0 ? '' : `${label} ${entries.map(entry => `${entry.property.text} ${entry.value}`).join(', ')}`;
}

function refs(label: string, list: readonly M.Ref[]): string {
    return list.length === 0 ? '' : `${label} ${list.map(ref => code(ref.text)).join(', ')}`;
}

function names(declarations: readonly M.Declaration[]): string {
    return declarations.map(declaration => code(declaration.name)).join(', ');
}

function code(text: string): string {
    return `\`${text}\``;
}

/** The present parts, joined by a middle dot. */
function joined(parts: ReadonlyArray<string | false | undefined>): string {
    return parts.filter((part): part is string => typeof part === 'string' && part !== '').join(' · ');
}
