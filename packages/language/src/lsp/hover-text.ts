import type * as M from '@svc-lang/core';
import { responseDelay, simpleName, type RuleDefinition } from '@svc-lang/core';
import { signed } from '@svc-lang/diagram';
import { describeLevel } from './presentation.js';
import type { WorkspaceFacts } from './workspace-facts.js';

/**
 * The Markdown of a declaration's hover: a header, then one short paragraph per fact, the
 * computed ones (coverage, TBE, delays, findings) first among them being the point of it.
 */
export function declarationHover(declaration: M.Declaration, facts: WorkspaceFacts): string {
    return [header(declaration), ...details(declaration, facts)].filter(line => line !== '').join('\n\n');
}

export function ruleHover(rule: RuleDefinition): string {
    return `**rule** \`${rule.id}\` · ${rule.defaultSeverity} by default\n\n${rule.description}`;
}

function details(declaration: M.Declaration, facts: WorkspaceFacts): string[] {
    switch (declaration.kind) {
        case 'need':
            return needDetails(declaration, facts);
        case 'service':
            return serviceDetails(declaration, facts);
        case 'assessment':
            return assessmentDetails(declaration, facts);
        case 'alignment':
            return alignmentDetails(declaration, facts);
        case 'stakeholder':
            return [joined([declaration.perspective && `${declaration.perspective} perspective`, declaration.role && `role "${declaration.role}"`])];
        case 'property':
            return propertyDetails(declaration, facts);
        case 'gap':
            return [
                joined([declaration.need && `on ${code(declaration.need.text)}`, scores('shortfall', declaration.shortfall)]),
                answered(declaration, facts)
            ];
        case 'change':
            return [
                joined([declaration.changeKind, declaration.date?.iso, refs('affects', declaration.affects)]),
                answered(declaration, facts),
                agility(declaration, facts)
            ];
        case 'spec':
            return [
                joined([
                    declaration.service && `for ${code(declaration.service.text)}`,
                    declaration.version && `version ${declaration.version}`,
                    refs('agreed by', declaration.agreedBy)
                ])
            ];
        case 'dimension':
            return ['a dimension of every property'];
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
        facts
            .gapsOn(need.qualifiedName)
            .map(gap => joined([`gap ${code(gap.name)}`, scores('shortfall', gap.shortfall)]))
            .join('  \n'),
        joined([
            need.raised && `raised ${need.raised.iso}`,
            aligners.length > 0 ? `aligned by ${names(aligners)}` : 'not aligned',
            stale ? '**stale**' : undefined
        ]),
        agility(need, facts),
        joined([scores('requires', need.requires), scores('expects', need.expects)])
    ];
}

/**
 * The trigger's agility sample: the days to its first response, split into planning and
 * delivery when that response states `decided`; or, while open, its age on the agility asOf.
 */
function agility(trigger: M.Need | M.Change, facts: WorkspaceFacts): string {
    const sample = facts.sampleOf(trigger.qualifiedName);
    if (!sample) return '';
    if (sample.open) return `agility: **open**, ${days(sample.days)} on ${sample.to} without a response`;
    return joined([
        `agility: responded in ${days(sample.days)} by ${code(simpleName(sample.alignment ?? ''))} on ${sample.to}`,
        sample.planningDays !== undefined && `planning ${days(sample.planningDays)} (to decided ${sample.decided})`,
        sample.deliveryDays !== undefined && `delivery ${days(sample.deliveryDays)}`
    ]);
}

function days(count: number): string {
    return `${count} day${count === 1 ? '' : 's'}`;
}

function serviceDetails(service: M.Service, facts: WorkspaceFacts): string[] {
    const nature = service.nature && (service.nature.kind === 'mix' ? `mix ${service.nature.productShare ?? '?'}% product` : service.nature.kind);
    const covered = facts.index.coveredNeeds(service.qualifiedName);
    const supported = facts.supportedServices(service.qualifiedName);
    return [
        joined([service.level && `${service.level} (${describeLevel(service.level)})`, nature, service.provider && `${service.provider} provider`]),
        joined([covered.length > 0 ? `covers ${names(covered)}` : 'covers no need', supported.length > 0 ? `supports ${names(supported)}` : undefined]),
        serviceTbeText(service, facts),
        experienceTable(facts.semOf(service.qualifiedName)),
        facts
            .findingsOn(service)
            .map(finding => `${finding.severity} \`${finding.rule}\`: ${finding.message}`)
            .join('  \n')
    ];
}

/**
 * The service's TBE per view: the business's (with how much of the catalogue it rests on and
 * the assessment it comes from), IT's, and the perception gap between them.
 */
function serviceTbeText(service: M.Service, facts: WorkspaceFacts): string {
    const entry = facts.serviceTbe(service.qualifiedName);
    const business = facts.latestTbe(service.qualifiedName);
    if (!entry || (business === undefined && entry.itTbe === undefined)) return '';
    return joined([
        business ? `TBE ${business.tbe} (${scored(business)}, ${code(simpleName(business.assessment))})` : 'no business TBE',
        entry.itTbe !== undefined && `IT TBE ${entry.itTbe} (${code(simpleName(entry.itAssessment ?? ''))})`,
        entry.pg !== undefined && `PG ${signed(entry.pg)}`
    ]);
}

function scored(tbe: M.TbeIndicator): string {
    return `${tbe.scored} of ${tbe.of} properties`;
}

/**
 * Per property that has any of them: the spec's commitment, the business experience against it
 * (SX), and, when IT scored any property, IT's view and the perception gap.
 */
function experienceTable(rows: readonly M.SemGaps[]): string {
    const shown = rows.filter(row => row.commits !== undefined || row.experienced !== undefined || row.itView !== undefined);
    if (shown.length === 0) return '';
    const it = shown.some(row => row.itView !== undefined);
    const cell = (value: number | undefined) => (value === undefined ? '–' : String(value));
    const gap = (value: number | undefined) => (value === undefined ? '–' : signed(value));
    const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
    return [
        line(['property', 'commits', 'business', 'SX', ...(it ? ['IT view', 'PG'] : [])]),
        line(['---', '--:', '--:', '--:', ...(it ? ['--:', '--:'] : [])]),
        ...shown.map(row => line([row.property, cell(row.commits), cell(row.experienced), gap(row.sx), ...(it ? [cell(row.itView), gap(row.pg)] : [])]))
    ].join('\n');
}

const VIEWS: Record<M.AssessmentView, string> = {
    business: 'business view',
    it: "IT's view",
    joint: 'joint view (business and IT)',
    unattributed: 'no assessors: whose view is unknown'
};

function assessmentDetails(assessment: M.Assessment, facts: WorkspaceFacts): string[] {
    const tbe = facts.tbeOf(assessment.qualifiedName);
    const measures = joined([
        tbe?.core !== undefined && `C ${tbe.core}`,
        tbe?.management !== undefined && `M ${tbe.management}`,
        tbe?.tbe !== undefined && `TBE ${tbe.tbe}`
    ]);
    return [
        joined([assessment.service && `of ${code(assessment.service.text)}`, assessment.date?.iso, refs('by', assessment.assessors)]),
        tbe
            ? joined([
                  VIEWS[tbe.view],
                  measures === '' ? 'no TBE: it needs scores on both core and management properties' : measures,
                  `${tbe.scored} of ${tbe.of} properties scored`
              ])
            : ''
    ];
}

function alignmentDetails(alignment: M.Alignment, facts: WorkspaceFacts): string[] {
    const delay = responseDelay(facts.index, facts.result.settings, alignment);
    const response = delay
        ? `responded ${delay.to}, ${delay.days} days after ${delay.from}`
        : alignment.responded
          ? `responded ${alignment.responded.iso}`
          : 'not responded';
    return [
        refs('responds to', alignment.respondsTo),
        joined([alignment.decided && `decided ${alignment.decided.iso}`, response]),
        effectText(facts.effectOf(alignment.qualifiedName))
    ];
}

/** The claimed and the measured effect side by side, so a claim the assessments do not bear out shows. */
function effectText(effect: M.AlignmentEffect | undefined): string {
    const figures = (label: string, value: M.EffectFigures | undefined) =>
        value ? `${label} ${value.before} → ${value.after} (${signed(value.effect)})` : `${label} –`;
    const services = effect?.measured ? ` over ${effect.measured.services.map(service => code(simpleName(service))).join(', ')}` : '';
    return `TBE effect: ${figures('claimed', effect?.claimed)} · ${figures('measured', effect?.measured)}${services}`;
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
