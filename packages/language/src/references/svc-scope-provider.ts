import type { AstNode, AstNodeDescription, AstReflection, IndexManager, LangiumCoreServices, ReferenceInfo, Scope, ScopeProvider, Stream } from 'langium';
import { AstUtils, EMPTY_STREAM, WorkspaceCache, stream } from 'langium';
import type { AstNodeDescriptionProvider } from 'langium';
import { CommonDimension, isDimensionScore, isScore, isSvcFile, type DimensionScore } from '../generated/ast.js';
import { lookupPackages, normalName, qualify } from '@svc-lang/core';

type NameIndex = Map<string, AstNodeDescription>;

/**
 * Resolves names the way the language reference says: a dotted name is tried as a qualified
 * name first; a simple name is tried in the file's own package, then each imported package, then
 * the root package. Look-ups are map hits, never scans: the default `StreamScope` does a linear
 * search per reference, which is quadratic on large workspaces.
 */
export class SvcScopeProvider implements ScopeProvider {
    private readonly reflection: AstReflection;
    private readonly indexManager: IndexManager;
    private readonly descriptions: AstNodeDescriptionProvider;
    /** Per reference type: qualified name → the first declaration of that name in workspace order. */
    private readonly indexByType: WorkspaceCache<string, NameIndex>;

    constructor(services: LangiumCoreServices) {
        this.reflection = services.shared.AstReflection;
        this.indexManager = services.shared.workspace.IndexManager;
        this.descriptions = services.workspace.AstNodeDescriptionProvider;
        this.indexByType = new WorkspaceCache(services.shared);
    }

    getScope(context: ReferenceInfo): Scope {
        const prefixes = packagePrefixes(context);
        if (isDimensionScore(context.container)) {
            return this.dimensionScope(context.container, prefixes);
        }
        return new PackageScope(this.nameIndex(this.reflection.getReferenceType(context)), prefixes);
    }

    private nameIndex(type: string): NameIndex {
        return this.indexByType.get(type, () => {
            const index: NameIndex = new Map();
            for (const description of this.indexManager.allElements(type)) {
                if (!index.has(description.name)) {
                    index.set(description.name, description);
                }
            }
            return index;
        });
    }

    /** A dimension score names a dimension of the scored property, or one every property has. */
    private dimensionScope(dimensionScore: DimensionScore, prefixes: string[]): Scope {
        const score = dimensionScore.$container;
        const own: NameIndex = new Map();
        const property = isScore(score) ? score.property.ref : undefined;
        for (const dimension of property?.dimensions ?? []) {
            if (!own.has(dimension.name)) {
                own.set(dimension.name, this.descriptions.createDescription(dimension, dimension.name));
            }
        }
        const common = new PackageScope(this.nameIndex(CommonDimension.$type), prefixes);
        return new LocalFirstScope(own, common);
    }
}

const prefixesByFile = new WeakMap<AstNode, string[]>();

/** The packages a simple name is looked up in, in order: own package, imports, root (once per parsed file). */
function packagePrefixes(context: ReferenceInfo): string[] {
    const root = AstUtils.findRootNode(context.container);
    if (!isSvcFile(root)) {
        return [''];
    }
    let prefixes = prefixesByFile.get(root);
    if (!prefixes) {
        prefixes = lookupPackages(
            root.package ?? '',
            root.imports.map(imported => imported.package)
        );
        prefixesByFile.set(root, prefixes);
    }
    return prefixes;
}

class PackageScope implements Scope {
    constructor(
        private readonly index: NameIndex,
        private readonly prefixes: string[]
    ) {}

    getElement(written: string): AstNodeDescription | undefined {
        const name = normalName(written);
        if (name.includes('.')) {
            const absolute = this.index.get(name);
            if (absolute) {
                return absolute;
            }
        }
        for (const prefix of this.prefixes) {
            const found = this.index.get(qualify(prefix, name));
            if (found) {
                return found;
            }
        }
        return undefined;
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const found = this.getElement(name);
        return found ? stream([found]) : (EMPTY_STREAM as Stream<AstNodeDescription>);
    }

    /** Everything reachable: by qualified name, and by simple name where a prefix makes it visible. */
    getAllElements(): Stream<AstNodeDescription> {
        const visible: AstNodeDescription[] = [];
        for (const [qualifiedName, description] of this.index) {
            visible.push(description);
            const simple = this.simpleNameIfVisible(qualifiedName);
            if (simple !== undefined && simple !== qualifiedName) {
                visible.push({ ...description, name: simple });
            }
        }
        return stream(visible);
    }

    private simpleNameIfVisible(qualifiedName: string): string | undefined {
        for (const prefix of this.prefixes) {
            if (prefix === '') {
                return qualifiedName.includes('.') ? undefined : qualifiedName;
            }
            const rest = qualifiedName.startsWith(prefix + '.') ? qualifiedName.slice(prefix.length + 1) : undefined;
            if (rest !== undefined && !rest.includes('.')) {
                return rest;
            }
        }
        return undefined;
    }
}

class LocalFirstScope implements Scope {
    constructor(
        private readonly local: NameIndex,
        private readonly outer: Scope
    ) {}

    getElement(name: string): AstNodeDescription | undefined {
        return this.local.get(normalName(name)) ?? this.outer.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const found = this.getElement(name);
        return found ? stream([found]) : (EMPTY_STREAM as Stream<AstNodeDescription>);
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.local.values()).concat(this.outer.getAllElements());
    }
}
