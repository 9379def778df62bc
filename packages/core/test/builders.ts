/**
 * Terse builders for workspace models in tests. Every declaration gets its own block of lines
 * in its document, and every part inside it (refs, entries, dates) its own line within that
 * block, so locations are distinct and nested parts lie inside their declaration's range.
 */
import type {
    Alignment,
    Assessment,
    Change,
    CommonDimension,
    DateValue,
    Declaration,
    DeclarationBase,
    DocumentModel,
    Gap,
    Level,
    Need,
    Perspective,
    Policy,
    Property,
    PropertyGroup,
    PropertyScore,
    Ref,
    RiskLevel,
    Service,
    SeveritySetting,
    SourceLocation,
    Spec,
    Stakeholder,
    WorkspaceModel
} from '../src/index.js';
import { expect } from 'vitest';
import { analyseWorkspace, DocumentRuleCache, type AnalysisOptions, type Finding, type RuleId } from '../src/index.js';

export const MAIN = 'file:///ws/main.svc';
export const BUILTIN_URI = 'svc-builtin:///properties.svc';
const BLOCK = 1000;

export function loc(uri: string, line: number, character = 0, endLine = line, endCharacter = character + 1): SourceLocation {
    return { uri, range: { start: { line, character }, end: { line: endLine, character: endCharacter } } };
}

/** Hands out the lines of one declaration's block. */
class Cursor {
    private line: number;
    constructor(
        readonly uri: string,
        readonly start: number
    ) {
        this.line = start;
    }
    next(): SourceLocation {
        this.line++;
        return loc(this.uri, this.line, 2, this.line, 12);
    }
}

const nextBlock = new Map<string, number>();

function open(uri: string): Cursor {
    const start = nextBlock.get(uri) ?? 0;
    nextBlock.set(uri, start + BLOCK);
    return new Cursor(uri, start);
}

/** A reference written as a name that did not resolve. */
export interface Unresolved {
    unresolved: string;
}

export type RefInput = string | Unresolved;

export function unresolved(text: string): Unresolved {
    return { unresolved: text };
}

function ref(cursor: Cursor, input: RefInput): Ref {
    if (typeof input !== 'string') return { text: input.unresolved, location: cursor.next() };
    return { text: input.slice(input.lastIndexOf('.') + 1), target: input, location: cursor.next() };
}

function refs(cursor: Cursor, inputs: readonly RefInput[] = []): Ref[] {
    return inputs.map(input => ref(cursor, input));
}

function scores(cursor: Cursor, values: Record<string, number> = {}): PropertyScore[] {
    return Object.entries(values).map(([property, value]) => {
        const location = cursor.next();
        const valueLocation = loc(cursor.uri, location.range.start.line, 20, location.range.start.line, 22);
        return { property: { text: property.slice(property.lastIndexOf('.') + 1), target: property, location }, value, location, valueLocation };
    });
}

/** Valid unless the text is not a real calendar date (checked independently of the code under test). */
function date(cursor: Cursor, iso: string | undefined): DateValue | undefined {
    if (iso === undefined) return undefined;
    const parsed = new Date(`${iso}T00:00:00Z`);
    const valid = !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === iso;
    return { iso, valid, location: cursor.next() };
}

export interface Common {
    pkg?: string;
    uri?: string;
    /** Rule ids of an `// svc-ignore` comment on the line before. */
    ignore?: string[];
    builtin?: boolean;
}

function base(name: string, common: Common = {}): { cursor: Cursor; decl: DeclarationBase } {
    const pkg = common.pkg ?? '';
    const cursor = open(common.uri ?? MAIN);
    const start = cursor.start + 1;
    const decl: DeclarationBase = {
        name,
        qualifiedName: pkg === '' ? name : `${pkg}.${name}`,
        package: pkg,
        location: loc(cursor.uri, start, 0, start + BLOCK - 10, 1),
        nameLocation: loc(cursor.uri, start, 8, start, 8 + name.length),
        suppressions: (common.ignore ?? []).map((rule, i) => ({ rule, location: loc(cursor.uri, cursor.start, 14 + 20 * i, cursor.start, 30 + 20 * i) }))
    };
    if (common.builtin) decl.builtin = true;
    // The first inner line comes after the name line.
    cursor.next();
    return { cursor, decl };
}

export function stakeholder(name: string, perspective?: Perspective, common?: Common): Stakeholder {
    const { decl } = base(name, common);
    return perspective ? { ...decl, kind: 'stakeholder', perspective } : { ...decl, kind: 'stakeholder' };
}

export function property(name: string, group?: PropertyGroup, dimensions: string[] = [], common?: Common): Property {
    const { cursor, decl } = base(name, common);
    const dims = dimensions.map(dim => ({ name: dim, nameLocation: cursor.next() }));
    return group ? { ...decl, kind: 'property', group, dimensions: dims } : { ...decl, kind: 'property', dimensions: dims };
}

export interface NeedInput {
    raised?: string;
    raisedBy?: RefInput[];
    requires?: Record<string, number>;
    expects?: Record<string, number>;
}

export function need(name: string, input: NeedInput = {}, common?: Common): Need {
    const { cursor, decl } = base(name, common);
    return {
        ...decl,
        kind: 'need',
        raisedBy: refs(cursor, input.raisedBy),
        raised: date(cursor, input.raised),
        requires: scores(cursor, input.requires),
        expects: scores(cursor, input.expects)
    };
}

export function gap(name: string, input: { need?: RefInput; shortfall?: Record<string, number> } = {}, common?: Common): Gap {
    const { cursor, decl } = base(name, common);
    return { ...decl, kind: 'gap', need: input.need === undefined ? undefined : ref(cursor, input.need), shortfall: scores(cursor, input.shortfall) };
}

export function change(name: string, input: { date?: string; affects?: RefInput[] } = {}, common?: Common): Change {
    const { cursor, decl } = base(name, common);
    return { ...decl, kind: 'change', date: date(cursor, input.date), affects: refs(cursor, input.affects) };
}

export interface ServiceInput {
    addresses?: RefInput[];
    supportedBy?: RefInput[];
    manages?: RefInput[];
}

export function service(name: string, level: Level | undefined, input: ServiceInput = {}, common?: Common): Service {
    const { cursor, decl } = base(name, common);
    return {
        ...decl,
        kind: 'service',
        level,
        addresses: refs(cursor, input.addresses),
        supportedBy: refs(cursor, input.supportedBy),
        manages: refs(cursor, input.manages)
    };
}

export interface SpecInput {
    service?: RefInput;
    agreedBy?: RefInput[];
    commits?: Record<string, number>;
    metrics?: { name: string; measures?: RefInput }[];
    supersedes?: RefInput[];
}

export function spec(name: string, input: SpecInput = {}, common?: Common): Spec {
    const { cursor, decl } = base(name, common);
    return {
        ...decl,
        kind: 'spec',
        service: input.service === undefined ? undefined : ref(cursor, input.service),
        agreedBy: refs(cursor, input.agreedBy),
        commits: scores(cursor, input.commits),
        supersedes: refs(cursor, input.supersedes),
        metrics: (input.metrics ?? []).map(metric => {
            const location = cursor.next();
            const measures = metric.measures === undefined ? undefined : ref(cursor, metric.measures);
            return { name: metric.name, measures, location, nameLocation: location };
        })
    };
}

export type ScoreInput = number | { value: number; dimensions: Record<string, number> };

export interface AssessmentInput {
    service?: RefInput;
    date?: string;
    assessors?: RefInput[];
    scores?: Record<string, ScoreInput>;
}

export function assessment(name: string, input: AssessmentInput = {}, common?: Common): Assessment {
    const { cursor, decl } = base(name, common);
    return {
        ...decl,
        kind: 'assessment',
        service: input.service === undefined ? undefined : ref(cursor, input.service),
        date: date(cursor, input.date),
        assessors: refs(cursor, input.assessors),
        // One property in, one entry out; its dimensions take the locations after it.
        scores: Object.entries(input.scores ?? {}).flatMap(([prop, score]) =>
            scores(cursor, { [prop]: typeof score === 'number' ? score : score.value }).map(entry => {
                const dimensions = typeof score === 'number' ? [] : scores(cursor, score.dimensions);
                return {
                    property: entry.property,
                    value: entry.value,
                    location: entry.location,
                    valueLocation: entry.valueLocation,
                    dimensions: dimensions.map(d => ({ dimension: d.property, value: d.value, location: d.location, valueLocation: d.valueLocation }))
                };
            })
        )
    };
}

export interface AlignmentInput {
    respondsTo?: RefInput[];
    aligns?: [RefInput, RefInput[]][];
    governance?: { accountable?: RefInput[] };
    risk?: RiskLevel;
    resources?: { budget?: [number, string] };
    decided?: string;
    responded?: string;
    tbe?: [number, number];
}

export function alignment(name: string, input: AlignmentInput = {}, common?: Common): Alignment {
    const { cursor, decl } = base(name, common);
    const { governance, resources } = input;
    return {
        ...decl,
        kind: 'alignment',
        respondsTo: refs(cursor, input.respondsTo),
        aligns: (input.aligns ?? []).map(([needRef, services]) => ({ need: ref(cursor, needRef), services: refs(cursor, services), location: cursor.next() })),
        governance: governance && { accountable: refs(cursor, governance.accountable), keywordLocation: cursor.next() },
        risk: input.risk && { level: input.risk, location: cursor.next() },
        resources: resources && {
            budget: resources.budget && { amount: resources.budget[0], currency: resources.budget[1], location: cursor.next() },
            location: cursor.next()
        },
        decided: date(cursor, input.decided),
        responded: date(cursor, input.responded),
        tbe: input.tbe && { before: input.tbe[0], after: input.tbe[1], beforeLocation: cursor.next(), afterLocation: cursor.next() }
    };
}

/** A complete alignment (governance with an accountable stakeholder, risk, resources, tbe). */
export function fullAlignment(name: string, input: AlignmentInput & { accountable?: RefInput[] }, common?: Common): Alignment {
    return alignment(
        name,
        {
            governance: { accountable: input.accountable ?? ['BidManager', 'CIO'] },
            risk: 'medium',
            resources: { budget: [1000, 'GBP'] },
            tbe: [50, 60],
            ...input
        },
        common
    );
}

export interface PolicyInput {
    pkg?: string;
    uri?: string;
    tolerance?: number;
    maxResponseDays?: number;
    asOf?: string;
    rules?: Record<string, SeveritySetting>;
    ignore?: string[];
}

export function policy(input: PolicyInput = {}): Policy {
    const cursor = open(input.uri ?? MAIN);
    const start = cursor.start + 1;
    const keywordLocation = loc(cursor.uri, start, 0, start, 6);
    cursor.next();
    return {
        kind: 'policy',
        package: input.pkg ?? '',
        tolerance: input.tolerance,
        toleranceLocation: input.tolerance === undefined ? undefined : cursor.next(),
        maxResponseDays: input.maxResponseDays,
        maxResponseDaysLocation: input.maxResponseDays === undefined ? undefined : cursor.next(),
        asOf: date(cursor, input.asOf),
        rules: Object.entries(input.rules ?? {}).map(([rule, severity]) => ({ rule, severity, ruleLocation: cursor.next() })),
        location: loc(cursor.uri, start, 0, start + BLOCK - 10, 1),
        keywordLocation,
        suppressions: (input.ignore ?? []).map(rule => ({ rule, location: loc(cursor.uri, cursor.start, 14) }))
    };
}

const CATALOGUE: [string, PropertyGroup][] = [
    ['infrastructure', 'core'],
    ['functionality', 'core'],
    ['performance', 'core'],
    ['support', 'core'],
    ['delivery', 'core'],
    ['understanding', 'management'],
    ['relationship', 'management'],
    ['expectation', 'management'],
    ['skills', 'management'],
    ['strategy', 'management']
];

/** The built-in library document: the ten properties and the two common dimensions. */
export function builtinDocument(): DocumentModel {
    const common = { uri: BUILTIN_URI, builtin: true };
    const dimensions: CommonDimension[] = ['leadership', 'budget'].map(name => ({ ...base(name, common).decl, kind: 'dimension' }));
    const properties = CATALOGUE.map(([name, group]) => property(name, group, [], common));
    return { uri: BUILTIN_URI, package: '', imports: [], importLocations: [], builtin: true, declarations: [...properties, ...dimensions], policies: [] };
}

/** A workspace of the built-in document plus one document per URI used by the items. */
export function workspace(...items: (Declaration | Policy)[]): WorkspaceModel {
    const documents = new Map<string, DocumentModel>();
    for (const item of items) {
        const uri = item.location.uri;
        const doc = documents.get(uri) ?? { uri, package: item.package, imports: [], importLocations: [], builtin: false, declarations: [], policies: [] };
        if (item.kind === 'policy') doc.policies.push(item);
        else doc.declarations.push(item);
        documents.set(uri, doc);
    }
    return { documents: [builtinDocument(), ...documents.values()] };
}

export const TODAY = '2011-01-01';

/**
 * Runs the analysis and keeps the findings of one rule. The rules run twice: on the whole
 * workspace (the CLI's way) and document by document through `documentView` (the language
 * server's), and both must find the same: a document-scoped rule that reads past its view fails here.
 */
export function findingsOf(model: WorkspaceModel, rule: RuleId, options: Partial<AnalysisOptions> = {}): Finding[] {
    const whole = analyseWorkspace(model, { today: TODAY, ...options }).findings;
    const perDocument = analyseWorkspace(model, { today: TODAY, ...options, documentRules: new DocumentRuleCache() }).findings;
    expect(perDocument).toEqual(whole);
    return whole.filter(finding => finding.rule === rule);
}

/** The paper's example, complete and consistent: no rule fires on it. */
export function healthyParts() {
    return {
        bidManager: stakeholder('BidManager', 'business'),
        cio: stakeholder('CIO', 'it'),
        need: need('CostEstimating', {
            raised: '2010-02-01',
            requires: { functionality: 80, performance: 70 },
            expects: { functionality: 70, performance: 75 }
        }),
        change: change('CostCentre', { date: '2010-01-10', affects: ['CostEstimating'] }),
        gap: gap('ErpEstimating', { need: 'CostEstimating', shortfall: { functionality: 40 } }),
        estimating: service('Estimating', 'business-process-execution', { addresses: ['CostEstimating'], supportedBy: ['ErpInterface'] }),
        erp: service('ErpInterface', 'development', { supportedBy: ['Hosting'] }),
        hosting: service('Hosting', 'it-operations'),
        relationship: service('Relationship', 'service-management', { manages: ['Estimating', 'ErpInterface', 'Hosting'] }),
        spec: spec('EstimatingSla', {
            service: 'Estimating',
            agreedBy: ['BidManager', 'CIO'],
            commits: { functionality: 75, performance: 80 },
            metrics: [{ name: 'availability', measures: 'performance' }]
        }),
        review: assessment('Q3Review', {
            service: 'Estimating',
            date: '2010-03-30',
            assessors: ['BidManager', 'CIO'],
            scores: { functionality: 72, performance: 78 }
        }),
        realign: fullAlignment('Realign', {
            respondsTo: ['CostCentre', 'ErpEstimating', 'Q3Review'],
            aligns: [['CostEstimating', ['Estimating']]],
            responded: '2010-04-01'
        })
    };
}

export type HealthyParts = ReturnType<typeof healthyParts>;

/**
 * The healthy example with some parts replaced (or removed, with null) and extra items added:
 * tests change one part to make one rule fire.
 */
export function healthy(changes: { [K in keyof HealthyParts]?: HealthyParts[K] | Declaration | null } = {}, ...extra: (Declaration | Policy)[]) {
    const parts = healthyParts();
    const items: (Declaration | Policy)[] = [];
    for (const [key, part] of Object.entries(parts) as [keyof HealthyParts, Declaration][]) {
        const replacement = key in changes ? changes[key] : part;
        if (replacement) items.push(replacement);
    }
    return { parts: { ...parts, ...changes } as HealthyParts, model: workspace(...items, ...extra) };
}
