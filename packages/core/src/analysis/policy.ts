import { compareFindings, shortenLongWords, type Finding, type RawFinding } from '../findings.js';
import type { Policy, SeveritySetting, SourceLocation, WorkspaceModel } from '../model.js';
import { ruleDefinition, type RuleId, type RuleSeverities } from '../rules.js';
import { uriFileName } from '../names.js';
import { dayOf } from './dates.js';
import { WorkspaceIndex } from './index.js';
import type { DocumentRuleCache } from './document-rules.js';

/** Settings given on the command line; each overrides every policy. */
export interface AnalysisOverrides {
    tolerance?: number;
    maxResponseDays?: number;
    /** `YYYY-MM-DD`. */
    asOf?: string;
    rules?: RuleSeverities;
    /** Where the overrides come from, for messages: `the command line` (the default), `the editor's svc.policy settings`. */
    from?: string;
}

export interface AnalysisOptions {
    /** `YYYY-MM-DD`: the default `asOf`. */
    today: string;
    overrides?: AnalysisOverrides;
    /** Keep at most this many findings per document, plus a `too-many-diagnostics` summary. */
    maxFindingsPerFile?: number;
    /**
     * The document-scoped rules' findings of earlier analyses, to reuse where nothing they read
     * changed (the language server keeps one across keystrokes). Without one, every rule runs
     * once on the whole workspace (the CLI's way: nothing to reuse, and fastest cold).
     */
    documentRules?: DocumentRuleCache;
}

/** The thresholds in force for the elements of one package. */
export interface PackageSettings {
    tolerance: number;
    maxResponseDays: number;
    /** `YYYY-MM-DD`. */
    asOf: string;
}

/** A setting that a message may depend on. */
export type SettingName = keyof PackageSettings;

export const DEFAULT_TOLERANCE = 10;
export const DEFAULT_MAX_RESPONSE_DAYS = 90;

/** A tolerance is a number of points: any non-negative number. */
export function isValidTolerance(value: number): boolean {
    return Number.isFinite(value) && value >= 0;
}

/** maxResponseDays counts whole days. */
export function isValidMaxResponseDays(value: number): boolean {
    return Number.isInteger(value) && value >= 0;
}

function toleranceOf(policy: Policy | undefined): number | undefined {
    const value = policy?.tolerance;
    return value !== undefined && isValidTolerance(value) ? value : undefined;
}

function maxResponseDaysOf(policy: Policy | undefined): number | undefined {
    const value = policy?.maxResponseDays;
    return value !== undefined && isValidMaxResponseDays(value) ? value : undefined;
}

function asOfOf(policy: Policy | undefined): string | undefined {
    return dayOf(policy?.asOf) === undefined ? undefined : policy?.asOf?.iso;
}

/** Each setting as a policy sets it; undefined when it does not, or sets an invalid value. */
const SETTING_READERS: { [K in SettingName]: (policy: Policy) => PackageSettings[K] | undefined } = {
    tolerance: toleranceOf,
    maxResponseDays: maxResponseDaysOf,
    asOf: asOfOf
};

function settingLocation(policy: Policy, name: SettingName): SourceLocation {
    const location = name === 'tolerance' ? policy.toleranceLocation : name === 'maxResponseDays' ? policy.maxResponseDaysLocation : policy.asOf?.location;
    return location ?? policy.keywordLocation;
}

/** `policy.svc:4`: the file's name and the line, as an editor's "go to file" takes them. */
export function fileAndLine(location: SourceLocation): string {
    return `${uriFileName(location.uri)}:${location.range.start.line + 1}`;
}

/**
 * Resolves each setting for a package: the CLI override, else the package's policy where it
 * sets it, else the root package's policy, else the default. An invalid policy value (reported
 * as `invalid-value`) counts as not set, so the next source applies.
 */
export class Settings {
    private readonly packages = new Map<string, PackageSettings>();
    private readonly ruleTables = new Map<Policy, Map<string, SeveritySetting>>();

    constructor(
        private readonly index: WorkspaceIndex,
        private readonly options: AnalysisOptions
    ) {}

    forPackage(pkg: string): PackageSettings {
        let settings = this.packages.get(pkg);
        if (!settings) {
            settings = this.resolvePackage(pkg);
            this.packages.set(pkg, settings);
        }
        return settings;
    }

    /**
     * The setting in force in a package and where it came from, for the messages that depend on
     * it: `tolerance 10, the default`, `maxResponseDays 30 from the root policy at policy.svc:4`,
     * `asOf 2011-01-31 from the policy of package 'acme' at acme.svc:2`, `asOf today`.
     */
    explain(pkg: string, name: SettingName): string {
        const value = this.forPackage(pkg)[name];
        const source = this.sourceOf(pkg, name);
        if (source === 'override') return `${name} ${value} from ${this.options.overrides?.from ?? 'the command line'}`;
        if (source === undefined) return name === 'asOf' ? 'asOf today' : `${name} ${value}, the default`;
        const which = source.package === '' ? 'the root policy' : `the policy of package '${source.package}'`;
        return `${name} ${value} from ${which} at ${fileAndLine(settingLocation(source, name))}`;
    }

    /** Where a package's setting comes from: the overrides, its own policy, the root policy, or neither (the default, or today). */
    private sourceOf(pkg: string, name: SettingName): 'override' | Policy | undefined {
        if (this.options.overrides?.[name] !== undefined) return 'override';
        return [this.index.policyOf(pkg), this.index.policyOf('')].find(policy => policy !== undefined && SETTING_READERS[name](policy) !== undefined);
    }

    private valueOf<K extends SettingName>(pkg: string, name: K, fallback: PackageSettings[K]): PackageSettings[K] {
        const source = this.sourceOf(pkg, name);
        if (source === 'override') return this.options.overrides?.[name] as PackageSettings[K];
        return source === undefined ? fallback : (SETTING_READERS[name](source) ?? fallback);
    }

    /** The severity of a rule in a package. */
    severity(pkg: string, rule: RuleId): SeveritySetting {
        return (
            this.options.overrides?.rules?.[rule] ??
            this.ruleSetting(this.index.policyOf(pkg), rule) ??
            this.ruleSetting(this.index.policyOf(''), rule) ??
            ruleDefinition(rule).defaultSeverity
        );
    }

    private resolvePackage(pkg: string): PackageSettings {
        return {
            tolerance: this.valueOf(pkg, 'tolerance', DEFAULT_TOLERANCE),
            maxResponseDays: this.valueOf(pkg, 'maxResponseDays', DEFAULT_MAX_RESPONSE_DAYS),
            asOf: this.valueOf(pkg, 'asOf', this.options.today)
        };
    }

    // A rule set twice in one policy takes the later setting, as a reader scanning down expects.
    private ruleSetting(policy: Policy | undefined, rule: RuleId): SeveritySetting | undefined {
        if (!policy) return undefined;
        let table = this.ruleTables.get(policy);
        if (!table) {
            table = new Map(policy.rules.map(setting => [setting.rule, setting.severity]));
            this.ruleTables.set(policy, table);
        }
        return table.get(rule);
    }
}

/**
 * What a declaration with a syntax error in it still gets: findings about its name and its
 * references, which the parser read, and svc's own failures. The rules that read its content
 * would report what the parser could not read (`perspective IT` is no perspective, so
 * `perspective-missing`): one slip, one finding.
 */
const UNREAD_SAFE: ReadonlySet<RuleId> = new Set<RuleId>(['syntax', 'unresolved-reference', 'duplicate-name', 'internal-error']);

/**
 * Applies policy to raw findings from an already indexed workspace: see {@link applyPolicy}.
 * The owner of a finding is the top-level element whose range contains it, else its `element`.
 */
export function resolveFindings(index: WorkspaceIndex, settings: Settings, raw: readonly RawFinding[]): Finding[] {
    const findings: Finding[] = [];
    const ownerOf = (finding: RawFinding) => index.ownerAt(finding.location) ?? (finding.element === undefined ? undefined : index.named(finding.element)[0]);
    const unread = new Set(raw.filter(finding => finding.rule === 'syntax').map(ownerOf));
    for (const finding of raw) {
        const doc = index.documentOf(finding.location.uri);
        const owner = ownerOf(finding);
        if (doc?.builtin || (owner?.kind !== 'policy' && owner?.builtin)) continue;
        if (owner?.suppressions.some(suppression => suppression.rule === finding.rule)) continue;
        if (owner !== undefined && unread.has(owner) && !UNREAD_SAFE.has(finding.rule)) continue;
        const severity = settings.severity(owner?.package ?? doc?.package ?? '', finding.rule);
        if (severity !== 'off') findings.push({ ...finding, message: shortenLongWords(finding.message), severity });
    }
    return findings.sort(compareFindings);
}

/**
 * Turns raw findings (from the rules or from outside core, such as `syntax` and
 * `unresolved-reference`) into findings: severity from the policy of the finding's package,
 * `off` rules and built-in documents dropped, `svc-ignore` suppressions honoured, sorted by
 * uri, line, column and rule.
 */
export function applyPolicy(model: WorkspaceModel, raw: readonly RawFinding[], options: AnalysisOptions): Finding[] {
    const index = new WorkspaceIndex(model);
    return resolveFindings(index, new Settings(index, options), raw);
}
