import type {
    Alignment,
    Assessment,
    Declaration,
    DeclarationKind,
    DocumentModel,
    Gap,
    Need,
    Policy,
    Ref,
    Service,
    SourceLocation,
    Spec,
    WorkspaceModel
} from '../model.js';
import { OwnerLookup, type Owner } from './owners.js';
import { buildServiceProfile, type ServiceProfile } from './profile.js';
import { buildServiceViews, type ServiceViews } from './views.js';

export type DeclarationOf<K extends DeclarationKind> = Extract<Declaration, { kind: K }>;

/**
 * Data that several rules derive from the whole index (the distinct services, the commitments of
 * current specs, …): computed by the first rule that asks, then shared by the rest of the analysis.
 * `compute` must be a pure function of the index.
 */
export interface Derived<T> {
    readonly compute: (index: WorkspaceIndex) => T;
    /**
     * True when `compute` reads the subjects (`declarations`, `all`) and the look-ups only, so
     * that a document's view (`documentView`, analysis/document-rules.ts) can compute its own over its own subjects.
     * Absent: the data is about the whole workspace, and a document's view refuses it.
     */
    readonly perDocument?: true;
    /**
     * When the value computed for one analysis still holds for the next: given each declaration
     * that changed in between (in the same place, in the same documents), whether it changed only
     * in what `compute` does not read. The language server then carries the value over
     * (`DocumentRuleCache`) instead of computing it again. Absent: computed anew every analysis.
     */
    readonly keptWhile?: (before: Declaration, after: Declaration) => boolean;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
}

/** Adds to a list keyed by qualified name, so that a relation stated twice counts once (the last declaration of a name kept). */
function link<V extends Declaration>(map: Map<string, V[]>, key: string, value: V): void {
    const list = map.get(key);
    if (!list) {
        map.set(key, [value]);
        return;
    }
    const at = list.findIndex(other => other.qualifiedName === value.qualifiedName);
    if (at < 0) list.push(value);
    else list[at] = value;
}

/**
 * Everything the rules and indicators look up, built once per analysis in one pass over the
 * model so that no rule has to scan the workspace per element (workspaces reach 50k
 * declarations). Kind lists hold user declarations only: built-ins are reference targets,
 * never subjects of a rule or an indicator.
 */
export class WorkspaceIndex {
    /** Every user declaration (not built-in), in workspace order. */
    readonly declarations: Declaration[] = [];
    /** Every policy of a user document, in workspace order. */
    readonly policies: Policy[] = [];
    private readonly userByKind = new Map<DeclarationKind, Declaration[]>();
    /** One declaration per name, a list only when names clash: most names are declared once, and a list each is garbage per keystroke. */
    private readonly byName = new Map<string, Declaration | Declaration[]>();
    private readonly shared: string[] = [];
    /** Built when first asked for: on a keystroke, most analyses never compare positions. */
    private positions: Map<Declaration, number> | undefined;
    private readonly documents = new Map<string, DocumentModel>();
    private readonly policyByPackage = new Map<string, Policy>();
    private readonly coverers = new Map<string, Service[]>();
    private readonly covered = new Map<string, Need[]>();
    private readonly specs = new Map<string, Spec[]>();
    private readonly assessments = new Map<string, Assessment[]>();
    private readonly responders = new Map<string, Alignment[]>();
    private readonly aligners = new Map<string, Alignment[]>();
    private readonly gapsByNeed = new Map<string, Gap[]>();
    private readonly managers = new Map<string, Service[]>();
    private readonly profiles = new Map<string, ServiceProfile>();
    private readonly serviceViews = new Map<string, ServiceViews>();
    private readonly superseded = new Set<Spec>();
    private readonly currentSpecs = new Map<string, Spec[]>();
    private readonly derivedData = new Map<Derived<unknown>, unknown>();
    /** How many property names the catalogue has, counted when first asked for. */
    private propertyNames = -1;
    private readonly owners: OwnerLookup;

    constructor(readonly model: WorkspaceModel) {
        for (const doc of model.documents) this.addDocument(doc);
        for (const declaration of this.declarations) this.addRelations(declaration);
        this.findCurrentSpecs();
        this.owners = new OwnerLookup(model);
    }

    /** The derived data, computed on first use (`Derived`). */
    derived<T>(what: Derived<T>): T {
        if (this.derivedData.has(what)) return this.derivedData.get(what) as T;
        const value = what.compute(this);
        this.derivedData.set(what, value);
        return value;
    }

    /** The derived data computed so far, to carry over to the next analysis (`Derived.keptWhile`). */
    computedData(): ReadonlyMap<Derived<unknown>, unknown> {
        return this.derivedData;
    }

    /** Takes a value computed for an earlier analysis that `Derived.keptWhile` says still holds. */
    carry<T>(what: Derived<T>, value: T): void {
        if (!this.derivedData.has(what)) this.derivedData.set(what, value);
    }

    /** User declarations of one kind, in workspace order. */
    all<K extends DeclarationKind>(kind: K): DeclarationOf<K>[] {
        return (this.userByKind.get(kind) ?? []) as DeclarationOf<K>[];
    }

    /** The names declared more than once (built-ins included), in the order their second declaration comes. */
    sharedNames(): readonly string[] {
        return this.shared;
    }

    /** Every declaration with this qualified name (more than one only when names clash). */
    named(qualifiedName: string): readonly Declaration[] {
        const named = this.byName.get(qualifiedName);
        return named === undefined ? [] : Array.isArray(named) ? named : [named];
    }

    /** The declaration a reference resolved to, if it is of the expected kind. */
    resolve<K extends DeclarationKind>(ref: Ref | undefined, kind: K): DeclarationOf<K> | undefined {
        return ref?.target === undefined ? undefined : this.declared(ref.target, kind);
    }

    /** The declaration a reference to this name and kind resolves to: the first declared (more than one only when names clash). */
    declared<K extends DeclarationKind>(qualifiedName: string, kind: K): DeclarationOf<K> | undefined {
        // A loop, not `find` with a closure: every rule resolves references, thousands per analysis.
        const candidates = this.byName.get(qualifiedName);
        if (candidates === undefined) return undefined;
        if (!Array.isArray(candidates)) return candidates.kind === kind ? (candidates as DeclarationOf<K>) : undefined;
        for (const candidate of candidates) {
            if (candidate.kind === kind) return candidate as DeclarationOf<K>;
        }
        return undefined;
    }

    /** Services that cover the need, through `addresses` or an alignment's `aligns`. */
    coveringServices(need: string): readonly Service[] {
        return this.coverers.get(need) ?? [];
    }

    /** Needs the service covers, through `addresses` or an alignment's `aligns`. */
    coveredNeeds(service: string): readonly Need[] {
        return this.covered.get(service) ?? [];
    }

    /**
     * The service's current specs: those no other spec of the same service supersedes (revision 2).
     * Every rule and indicator reads these only; a superseded spec is history.
     */
    specsOf(service: string): readonly Spec[] {
        return this.currentSpecs.get(service) ?? [];
    }

    /** Every spec of the service, superseded ones included (outline, hover). */
    allSpecsOf(service: string): readonly Spec[] {
        return this.specs.get(service) ?? [];
    }

    /** Whether another spec of the same service supersedes this one. */
    isSuperseded(spec: Spec): boolean {
        return this.superseded.has(spec);
    }

    /** The business experience and IT's view of the service, per property (`views.ts`). */
    views(service: string): ServiceViews {
        let views = this.serviceViews.get(service);
        if (!views) {
            views = buildServiceViews(this, service);
            this.serviceViews.set(service, views);
        }
        return views;
    }

    assessmentsOf(service: string): readonly Assessment[] {
        return this.assessments.get(service) ?? [];
    }

    /** Alignments whose `respondsTo` names this change, gap or assessment. */
    respondersTo(qualifiedName: string): readonly Alignment[] {
        return this.responders.get(qualifiedName) ?? [];
    }

    /** Alignments whose `aligns` names this need, each once per clause naming it. */
    alignersOf(need: string): readonly Alignment[] {
        return this.aligners.get(need) ?? [];
    }

    /** The gaps on this need that references to their names resolve to (the first of a name declared twice). */
    gapsOn(need: string): readonly Gap[] {
        return this.gapsByNeed.get(need) ?? [];
    }

    /** Properties of the catalogue, built-in and declared, a name declared twice counted once. */
    catalogueSize(): number {
        if (this.propertyNames < 0) {
            this.propertyNames = 0;
            for (const name of this.byName.keys()) if (this.declared(name, 'property')) this.propertyNames++;
        }
        return this.propertyNames;
    }

    /** Services whose `manages` names this service (at any level; rules check the level). */
    managersOf(service: string): readonly Service[] {
        return this.managers.get(service) ?? [];
    }

    /** The first policy of a package ('' for the root package). */
    policyOf(pkg: string): Policy | undefined {
        return this.policyByPackage.get(pkg);
    }

    documentOf(uri: string): DocumentModel | undefined {
        return this.documents.get(uri);
    }

    /** The top-level declaration or policy whose range contains the location. */
    ownerAt(location: SourceLocation): Owner | undefined {
        return this.owners.ownerAt(location);
    }

    /** Workspace order of any declaration, built-ins included: an order that follows the sources. */
    position(declaration: Declaration): number {
        this.positions ??= this.numberDeclarations();
        return this.positions.get(declaration) ?? -1;
    }

    private numberDeclarations(): Map<Declaration, number> {
        const positions = new Map<Declaration, number>();
        for (const doc of this.model.documents) for (const declaration of doc.declarations) positions.set(declaration, positions.size);
        return positions;
    }

    /** The strongest requirement, expectation and commitment per property for a service. */
    profile(service: Service): ServiceProfile {
        let profile = this.profiles.get(service.qualifiedName);
        if (!profile) {
            profile = buildServiceProfile(this, service.qualifiedName);
            this.profiles.set(service.qualifiedName, profile);
        }
        return profile;
    }

    private addDocument(doc: DocumentModel): void {
        this.documents.set(doc.uri, doc);
        for (const policy of doc.policies) {
            if (!this.policyByPackage.has(policy.package)) this.policyByPackage.set(policy.package, policy);
            if (!doc.builtin) this.policies.push(policy);
        }
        for (const declaration of doc.declarations) {
            this.addName(declaration);
            if (doc.builtin || declaration.builtin) continue;
            this.declarations.push(declaration);
            push(this.userByKind, declaration.kind, declaration);
        }
    }

    private addName(declaration: Declaration): void {
        const name = declaration.qualifiedName;
        const named = this.byName.get(name);
        if (named === undefined) this.byName.set(name, declaration);
        else if (Array.isArray(named)) named.push(declaration);
        else {
            this.byName.set(name, [named, declaration]);
            this.shared.push(name);
        }
    }

    private addRelations(declaration: Declaration): void {
        switch (declaration.kind) {
            case 'service':
                return this.addService(declaration);
            case 'spec':
                return this.addSubject(this.specs, declaration.service, declaration);
            case 'assessment':
                return this.addSubject(this.assessments, declaration.service, declaration);
            case 'alignment':
                return this.addAlignment(declaration);
            case 'gap':
                return this.addGap(declaration);
            default:
                return;
        }
    }

    private addService(service: Service): void {
        for (const ref of service.addresses) this.cover(this.resolve(ref, 'need'), service);
        for (const ref of service.manages) {
            const managed = this.resolve(ref, 'service');
            if (managed) push(this.managers, managed.qualifiedName, service);
        }
    }

    private addSubject<T>(map: Map<string, T[]>, ref: Ref | undefined, value: T): void {
        const service = this.resolve(ref, 'service');
        if (service) push(map, service.qualifiedName, value);
    }

    private addAlignment(alignment: Alignment): void {
        for (const ref of alignment.respondsTo) {
            if (ref.target !== undefined) push(this.responders, ref.target, alignment);
        }
        for (const clause of alignment.aligns) {
            const need = this.resolve(clause.need, 'need');
            if (!need) continue;
            push(this.aligners, need.qualifiedName, alignment);
            for (const ref of clause.services) {
                const service = this.resolve(ref, 'service');
                if (service) this.cover(need, service);
            }
        }
    }

    private addGap(gap: Gap): void {
        const need = this.resolve(gap.need, 'need');
        if (need && this.declared(gap.qualifiedName, 'gap') === gap) push(this.gapsByNeed, need.qualifiedName, gap);
    }

    /** A `supersedes` naming a spec of another service has no effect (`supersedes-other-service`). */
    private findCurrentSpecs(): void {
        for (const [service, specs] of this.specs) {
            for (const spec of specs) {
                for (const ref of spec.supersedes) {
                    const old = this.resolve(ref, 'spec');
                    if (old && old !== spec && this.resolve(old.service, 'service')?.qualifiedName === service) this.superseded.add(old);
                }
            }
        }
        for (const [service, specs] of this.specs)
            this.currentSpecs.set(
                service,
                specs.filter(spec => !this.superseded.has(spec))
            );
    }

    private cover(need: Need | undefined, service: Service): void {
        if (!need) return;
        link(this.coverers, need.qualifiedName, service);
        link(this.covered, service.qualifiedName, need);
    }
}
