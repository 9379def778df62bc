/**
 * The plain, serialisable model of a whole svc workspace.
 *
 * It is built once from the parsed documents (see `@svc-lang/language`'s model builder) and shared
 * by the analysis, the CLI, the language server and the diagrams. It must stay free of Langium
 * and of any object that JSON cannot carry: references are qualified names, never pointers.
 */

/** A zero-based position, as the LSP counts it (UTF-16 code units). */
export interface Position {
    line: number;
    character: number;
}

export interface Range {
    start: Position;
    end: Position;
}

/** Where something stands in the sources: the document URI and the range within it. */
export interface SourceLocation {
    uri: string;
    range: Range;
}

/**
 * A reference as written. `target` is the qualified name it resolved to, or absent when the
 * linker could not resolve it (the language layer reports that as `unresolved-reference`;
 * rules simply skip unresolved references).
 */
export interface Ref {
    text: string;
    target?: string;
    location: SourceLocation;
}

export const STACK_LEVELS = [
    'business-engineering',
    'business-process-engineering',
    'business-process-execution',
    'service-design',
    'development',
    'it-operations'
] as const;

export const MANAGEMENT_LEVEL = 'service-management';

export type StackLevel = (typeof STACK_LEVELS)[number];
export type Level = StackLevel | typeof MANAGEMENT_LEVEL;

/** The three lowest levels: the core IT services. */
export const CORE_IT_LEVELS: readonly StackLevel[] = ['service-design', 'development', 'it-operations'];

export type Perspective = 'business' | 'it';
export type PropertyGroup = 'core' | 'management';
export type Priority = 'low' | 'medium' | 'high' | 'critical';
export type NeedContext = 'internal' | 'external';
export type ChangeKind = 'market' | 'legislative' | 'technology' | 'organisational';
export type Provider = 'internal' | 'external' | 'cloud';
export type RiskLevel = 'low' | 'medium' | 'high';
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A rule id written in an `// svc-ignore` comment, with where it was written. */
export interface Suppression {
    rule: string;
    location: SourceLocation;
}

/** What every top-level declaration carries. */
export interface DeclarationBase {
    name: string;
    /** `package.name`, or just `name` in the root package. */
    qualifiedName: string;
    /** The package of the declaring file; '' for the root package. */
    package: string;
    title?: string;
    /** The whole declaration. */
    location: SourceLocation;
    /** The declaration's name. */
    nameLocation: SourceLocation;
    /** Rule ids silenced for this declaration by `// svc-ignore` on the line before it. */
    suppressions: Suppression[];
    /** True for the built-in catalogue, which users never see diagnostics for. */
    builtin?: boolean;
}

export interface Stakeholder extends DeclarationBase {
    kind: 'stakeholder';
    perspective?: Perspective;
    role?: string;
}

export interface Dimension {
    name: string;
    title?: string;
    nameLocation: SourceLocation;
}

export interface Property extends DeclarationBase {
    kind: 'property';
    group?: PropertyGroup;
    dimensions: Dimension[];
}

/** A dimension every property has (`leadership`, `budget`, or one a user declares at top level). */
export interface CommonDimension extends DeclarationBase {
    kind: 'dimension';
}

/** One `property score` entry of a `requires`, `expects`, `commits` or `shortfall` map. */
export interface PropertyScore {
    property: Ref;
    value: number;
    /** The whole entry: property name and value. */
    location: SourceLocation;
    /** The number alone. */
    valueLocation: SourceLocation;
}

/** A date as written (`YYYY-MM-DD`) and where. `valid` is false for e.g. 2010-02-30. */
export interface DateValue {
    iso: string;
    valid: boolean;
    location: SourceLocation;
}

export interface Need extends DeclarationBase {
    kind: 'need';
    raisedBy: Ref[];
    raised?: DateValue;
    priority?: Priority;
    objective?: string;
    context?: NeedContext;
    requires: PropertyScore[];
    expects: PropertyScore[];
}

export interface Gap extends DeclarationBase {
    kind: 'gap';
    need?: Ref;
    shortfall: PropertyScore[];
}

export interface Change extends DeclarationBase {
    kind: 'change';
    changeKind?: ChangeKind;
    date?: DateValue;
    affects: Ref[];
}

export interface Nature {
    kind: 'product' | 'service' | 'mix';
    /** For `mix N% product`: N. */
    productShare?: number;
    /** The whole `nature …` value. */
    location?: SourceLocation;
}

export interface Service extends DeclarationBase {
    kind: 'service';
    /** Absent only when the source is incomplete. */
    level?: Level;
    nature?: Nature;
    provider?: Provider;
    owner?: Ref;
    addresses: Ref[];
    supportedBy: Ref[];
    manages: Ref[];
}

export type MetricValue =
    { kind: 'number'; value: number } | { kind: 'percent'; value: number } | { kind: 'duration'; value: number; unit: 'm' | 'h' | 'd' | 'w' };

export interface Metric {
    name: string;
    value?: MetricValue;
    measures?: Ref;
    location: SourceLocation;
    nameLocation: SourceLocation;
    valueLocation?: SourceLocation;
}

export interface Spec extends DeclarationBase {
    kind: 'spec';
    service?: Ref;
    version?: string;
    agreedBy: Ref[];
    commits: PropertyScore[];
    metrics: Metric[];
    /** Specs this one replaces (revision 2): they are history, read by no rule and no indicator. */
    supersedes: Ref[];
}

export interface DimensionScore {
    dimension: Ref;
    value: number;
    location: SourceLocation;
    valueLocation: SourceLocation;
}

export interface Score {
    property: Ref;
    value: number;
    remark?: string;
    dimensions: DimensionScore[];
    /** From `score` to the value: what users underline for "that score". */
    location: SourceLocation;
    valueLocation: SourceLocation;
}

export interface Assessment extends DeclarationBase {
    kind: 'assessment';
    service?: Ref;
    date?: DateValue;
    assessors: Ref[];
    scores: Score[];
}

export interface AlignsClause {
    need: Ref;
    services: Ref[];
    location: SourceLocation;
}

export interface Governance {
    forum?: string;
    accountable: Ref[];
    /** The `governance` keyword. */
    keywordLocation: SourceLocation;
}

export interface Money {
    amount: number;
    currency: string;
    location: SourceLocation;
}

export interface Alignment extends DeclarationBase {
    kind: 'alignment';
    respondsTo: Ref[];
    aligns: AlignsClause[];
    governance?: Governance;
    risk?: { level: RiskLevel; description?: string; location: SourceLocation };
    resources?: { budget?: Money; people?: number; peopleLocation?: SourceLocation; location: SourceLocation };
    /** The day the response was agreed and resourced (revision 2): with no `responded`, a planned alignment. */
    decided?: DateValue;
    responded?: DateValue;
    tbe?: { before: number; after: number; beforeLocation: SourceLocation; afterLocation: SourceLocation };
}

export interface RuleSetting {
    rule: string;
    severity: SeveritySetting;
    /** The rule id as written. */
    ruleLocation: SourceLocation;
}

export interface Policy {
    kind: 'policy';
    /** The package whose settings these are; '' for the root package. */
    package: string;
    tolerance?: number;
    /** The tolerance's number, for `invalid-value`; the `policy` keyword is used when absent. */
    toleranceLocation?: SourceLocation;
    maxResponseDays?: number;
    /** The maxResponseDays number, for `invalid-value`; the `policy` keyword is used when absent. */
    maxResponseDaysLocation?: SourceLocation;
    asOf?: DateValue;
    rules: RuleSetting[];
    location: SourceLocation;
    /** The `policy` keyword. */
    keywordLocation: SourceLocation;
    suppressions: Suppression[];
}

export type Declaration = Stakeholder | Property | CommonDimension | Need | Gap | Change | Service | Spec | Assessment | Alignment;

export type DeclarationKind = Declaration['kind'];

/** One source document's contribution to the workspace. */
export interface DocumentModel {
    uri: string;
    /** '' for the root package. */
    package: string;
    imports: string[];
    /** Where each of `imports` is written (the imported name), in the same order. */
    importLocations: SourceLocation[];
    builtin: boolean;
    declarations: Declaration[];
    policies: Policy[];
}

/** The whole workspace: every document's declarations, in document order. */
export interface WorkspaceModel {
    documents: DocumentModel[];
}

/** The last segment of a qualified name: what a reader calls the element (`acme.it.Hosting` → `Hosting`). */
export function simpleName(qualifiedName: string): string {
    return qualifiedName.slice(qualifiedName.lastIndexOf('.') + 1);
}
