import type { CodeAction } from 'vscode-languageserver';
import type { Metric, Property, Service, Spec } from '@svc-lang/core';
import { isSpec } from '../../generated/ast.js';
import { quickFix, sameRange, type FixContext } from './fix-context.js';
import { insertIntoBody, SourceText } from './text-edits.js';

/** metric-unmapped: one action per visible property, the one whose title best matches the metric's name first. */
export function metricUnmapped(context: FixContext): CodeAction[] {
    const { view, diagnostic } = context;
    const spec = view.subject(context, 'spec');
    const metric = spec?.metrics.find(candidate => sameRange(candidate.nameLocation.range, diagnostic.range));
    if (!spec || !metric) return [];
    const uri = spec.location.uri;
    const properties = byPlausibility(metric, view.visibleFrom(uri, 'property'));
    const at = (metric.value && metric.valueLocation ? metric.valueLocation : metric.nameLocation).range.end;
    return properties.map(({ property, plausible }) => {
        const text = `measures ${view.nameFrom(uri, property.qualifiedName)}`;
        const edit = { range: { start: at, end: at }, newText: ` ${text}` };
        return quickFix(context, `Add '${text}' to metric '${metric.name}'`, { [uri]: [edit] }, plausible);
    });
}

/**
 * Orders properties by how many words of the metric's name (`timeToFix`: time, fix) occur in
 * the property's name and title ("Service performance: availability, time to respond, time to
 * fix"), compared by their first five letters so plurals and inflections match. Only a property
 * that matches at all is marked plausible; ties keep catalogue order.
 */
function byPlausibility(metric: Metric, properties: readonly Property[]): { property: Property; plausible: boolean }[] {
    const wanted = stems(metric.name);
    const scored = properties.map(property => {
        const known = new Set(stems(`${property.name} ${property.title ?? ''}`));
        return { property, score: wanted.filter(stem => known.has(stem)).length };
    });
    const best = Math.max(0, ...scored.map(entry => entry.score));
    const first = scored.find(entry => best > 0 && entry.score === best);
    return [...(first ? [first] : []), ...scored.filter(entry => entry !== first)].map(entry => ({ property: entry.property, plausible: entry === first }));
}

function stems(text: string): string[] {
    const words = text
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z]+/);
    return words.filter(word => word.length >= 3).map(word => word.slice(0, 5));
}

/** spec-below-need: raise the commitment to the highest `requires` of the needs its service covers. */
export function specBelowNeed(context: FixContext): CodeAction[] {
    const { view, diagnostic } = context;
    const spec = view.subject(context, 'spec');
    const entry = spec?.commits.find(candidate => sameRange(candidate.location.range, diagnostic.range));
    const service = view.index.resolve(spec?.service, 'service');
    const property = view.index.resolve(entry?.property, 'property');
    const peak = service && property && view.index.profile(service).requires.get(property.qualifiedName);
    if (!spec || !entry || !peak) return [];
    const need = view.nameFrom(spec.location.uri, peak.source.qualifiedName);
    const edit = { range: entry.valueLocation.range, newText: String(peak.value) };
    return [quickFix(context, `Raise ${entry.property.text} to ${peak.value} (required by '${need}')`, { [spec.location.uri]: [edit] }, true)];
}

/**
 * requirement-uncommitted: commits the required score in the last current spec (workspace order)
 * of the first covering service (workspace order) that has one: in its last `commits` block, or
 * a new one. Committing what is required leaves no spec-below-need behind.
 */
export function requirementUncommitted(context: FixContext): CodeAction[] {
    const { view, diagnostic } = context;
    const need = view.subject(context, 'need');
    const entry = need?.requires.find(candidate => sameRange(candidate.property.location.range, diagnostic.range));
    const property = view.index.resolve(entry?.property, 'property');
    const spec = need && lastCurrentSpec(context, view.index.coveringServices(need.qualifiedName));
    const node = spec && view.nodeOf(spec);
    const document = spec && view.document(spec.location.uri);
    if (!entry || !property || !spec || !isSpec(node) || !document) return [];
    const item = `${view.nameFrom(spec.location.uri, property.qualifiedName)} ${entry.value}`;
    const block = node.commits.at(-1);
    const edit = insertIntoBody(SourceText.of(document), block ?? node, [block ? item : `commits { ${item} }`]);
    return edit ? [quickFix(context, `Add '${item}' to the commits of '${spec.name}'`, { [spec.location.uri]: [edit] }, true)] : [];
}

function lastCurrentSpec({ view }: FixContext, services: readonly Service[]): Spec | undefined {
    const first = [...services].sort((a, b) => view.index.position(a) - view.index.position(b)).find(s => view.index.specsOf(s.qualifiedName).length > 0);
    return first && view.index.specsOf(first.qualifiedName).at(-1);
}
