import type { AstNodeDescription, AstReflection, IndexManager, LangiumCoreServices, LinkingError, ReferenceInfo } from 'langium';
import { AstUtils, DefaultLinker, WorkspaceCache } from 'langium';
import { isDimensionScore, isScore, isSvcFile } from '../generated/ast.js';
import { lookupPackages, normalName, qualify } from '@svc-lang/core';
import { NearestNames } from '@svc-lang/core';

/** What a reference asks for, in the words of the language reference (never an AST type name). */
export const EXPECTED_KIND: Readonly<Record<string, string>> = {
    Stakeholder: 'stakeholder',
    Need: 'need',
    Service: 'service',
    Spec: 'spec',
    Property: 'property',
    DimensionLike: 'dimension',
    Respondable: 'change, gap or assessment'
};

/** What a declaration is, with its article, for "'N' is a need". */
const DECLARED_KIND: Readonly<Record<string, string>> = {
    Stakeholder: 'a stakeholder',
    Property: 'a property',
    CommonDimension: 'a dimension',
    Need: 'a need',
    Gap: 'a gap',
    Change: 'a change',
    Service: 'a service',
    Spec: 'a spec',
    Assessment: 'an assessment',
    Alignment: 'an alignment'
};

/** How many names "did you mean" offers. */
const SUGGESTIONS = 3;

/** The declarations a reference type can reach, by simple name, and the index of those names. */
interface KindNames {
    bySimpleName: Map<string, AstNodeDescription[]>;
    nearest: NearestNames;
}

/**
 * Langium's linker with messages in the user's words: "no service named 'N' is visible here;
 * 'N' is a need; did you mean 'acme.it.N'?". Langium's own ("Could not resolve reference to
 * Respondable named 'N'") shows an AST type. The tables behind the message are built once per
 * workspace state, on the first unresolved reference, so a file full of them stays linear.
 */
export class SvcLinker extends DefaultLinker {
    private readonly types: AstReflection;
    private readonly index: IndexManager;
    /** Per reference type; and under '' every declaration by qualified name, the first in workspace order. */
    private readonly kindNames: WorkspaceCache<string, KindNames>;
    private readonly declared: WorkspaceCache<string, Map<string, AstNodeDescription>>;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.types = services.shared.AstReflection;
        this.index = services.shared.workspace.IndexManager;
        this.kindNames = new WorkspaceCache(services.shared);
        this.declared = new WorkspaceCache(services.shared);
    }

    override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        return { ...super.createLinkingError(refInfo, targetDescription), message: this.unresolvedMessage(refInfo) };
    }

    /** The sentence for a reference that resolves to nothing of its kind. */
    private unresolvedMessage(refInfo: ReferenceInfo): string {
        const type = this.types.getReferenceType(refInfo);
        const written = normalName(refInfo.reference.$refText);
        const parts = [`no ${EXPECTED_KIND[type] ?? 'declaration'} named '${written}' is visible here`];
        const packages = lookupPackages(...fileImports(refInfo));
        const other = type === 'DimensionLike' ? undefined : this.otherKind(written, packages, type);
        if (other) parts.push(`'${written}' is ${DECLARED_KIND[other.type] ?? 'declared as something else'}`);
        const suggestions = this.suggestions(refInfo, type, written, packages);
        if (suggestions.length > 0) parts.push(`did you mean ${suggestions.map(name => `'${name}'`).join(' or ')}?`);
        return parts.join('; ');
    }

    /** The same simple name, of the expected kind, in packages this file does not import: an import makes them visible. */
    private importCandidates(refInfo: ReferenceInfo): string[] {
        const type = this.types.getReferenceType(refInfo);
        const written = normalName(refInfo.reference.$refText);
        if (type === 'DimensionLike' || written.includes('.')) return [];
        const visible = new Set(lookupPackages(...fileImports(refInfo)));
        return (this.names(type).bySimpleName.get(written) ?? []).map(d => d.name).filter(name => !visible.has(packageOf(name)));
    }

    /**
     * Names of the expected kind to write instead, best first: the same simple name in packages
     * this file does not import, then the nearest visible names, then the nearest elsewhere.
     */
    private suggestions(refInfo: ReferenceInfo, type: string, written: string, packages: string[]): string[] {
        if (type === 'DimensionLike') return dimensionNames(refInfo, this.names('CommonDimension').nearest, written);
        const { bySimpleName, nearest } = this.names(type);
        const dot = written.lastIndexOf('.');
        if (dot >= 0) {
            // A qualified name: the nearest names in the package it names.
            const pkg = written.slice(0, dot);
            const inPackage = (simple: string) => (bySimpleName.get(simple) ?? []).some(d => packageOf(d.name) === pkg);
            return nearest.near(written.slice(dot + 1), inPackage, SUGGESTIONS).map(simple => qualify(pkg, simple));
        }
        const visible = new Set(packages);
        const elsewhere = this.importCandidates(refInfo);
        const near = nearest
            .near(written, () => true, SUGGESTIONS)
            .flatMap(simple => {
                const declarations = bySimpleName.get(simple) ?? [];
                const seen = declarations.find(d => visible.has(packageOf(d.name)));
                return seen ? [simple] : declarations.map(d => d.name);
            });
        return [...new Set([...elsewhere, ...near])].slice(0, SUGGESTIONS);
    }

    /** The declaration of another kind that the name reaches, as the scope provider would look it up. */
    private otherKind(written: string, packages: string[], type: string): AstNodeDescription | undefined {
        const declared = this.declared.get('', () => {
            const all = new Map<string, AstNodeDescription>();
            for (const description of this.index.allElements()) if (!all.has(description.name)) all.set(description.name, description);
            return all;
        });
        const found = (written.includes('.') ? declared.get(written) : undefined) ?? firstDefined(packages, pkg => declared.get(qualify(pkg, written)));
        return found && !this.types.isSubtype(found.type, type) ? found : undefined;
    }

    private names(type: string): KindNames {
        return this.kindNames.get(type, () => {
            const bySimpleName = new Map<string, AstNodeDescription[]>();
            for (const description of this.index.allElements(type)) {
                const simple = description.name.slice(description.name.lastIndexOf('.') + 1);
                const named = bySimpleName.get(simple);
                if (named) named.push(description);
                else bySimpleName.set(simple, [description]);
            }
            return { bySimpleName, nearest: new NearestNames(bySimpleName.keys()) };
        });
    }
}

/** A dimension score names a dimension of its property, or one every property has. */
function dimensionNames(refInfo: ReferenceInfo, common: NearestNames, written: string): string[] {
    const score = isDimensionScore(refInfo.container) ? refInfo.container.$container : undefined;
    const own = isScore(score) ? (score.property.ref?.dimensions ?? []).map(dimension => dimension.name) : [];
    const nearOwn = new NearestNames(own).near(written, () => true, SUGGESTIONS);
    return [...new Set([...nearOwn, ...common.near(written, () => true, SUGGESTIONS)])].slice(0, SUGGESTIONS);
}

/** The file's package and imports, as `lookupPackages` takes them. */
function fileImports(refInfo: ReferenceInfo): [string, string[]] {
    const root = AstUtils.findRootNode(refInfo.container);
    return isSvcFile(root) ? [root.package ?? '', root.imports.map(imported => imported.package)] : ['', []];
}

function packageOf(qualifiedName: string): string {
    const dot = qualifiedName.lastIndexOf('.');
    return dot < 0 ? '' : qualifiedName.slice(0, dot);
}

function firstDefined<T, R>(items: readonly T[], map: (item: T) => R | undefined): R | undefined {
    for (const item of items) {
        const result = map(item);
        if (result !== undefined) return result;
    }
    return undefined;
}
