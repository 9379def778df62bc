import type { DeclarationKind, Ref } from '../model.js';
import { simpleName } from '../model.js';
import { NearestNames } from '../nearest-names.js';
import type { Derived, WorkspaceIndex } from './index.js';

/** How many of the nearest names an unresolved reference may have meant. */
const CANDIDATES = 3;

/** Whether any of the references is unresolved: the relation the user wrote is not known yet. */
export function anyUnresolved(refs: readonly (Ref | undefined)[]): boolean {
    return refs.some(ref => ref !== undefined && ref.target === undefined);
}

/**
 * One slip, one finding: a misspelt `supportedBy Hostng` is reported as `unresolved-reference`,
 * and the rules that judge declarations by the relations pointing at them (`need-uncovered`,
 * `service-purposeless`) must not also report `Hosting`, which the relation would have reached.
 * These are the qualified names an unresolved relation may have meant: user declarations of the
 * expected kind with the same simple name (a package not imported) or one of the nearest ones.
 */
export function maybeMeant(index: WorkspaceIndex): ReadonlySet<string> {
    return index.derived(MAYBE_MEANT);
}

const MAYBE_MEANT: Derived<ReadonlySet<string>> = {
    compute: index => {
        const meant = new Set<string>();
        const lookups = new Map<DeclarationKind, (written: string) => readonly string[]>();
        const add = (ref: Ref | undefined, kind: DeclarationKind) => {
            if (ref === undefined || ref.target !== undefined) return;
            let lookup = lookups.get(kind);
            if (!lookup) {
                lookup = candidatesOf(index, kind);
                lookups.set(kind, lookup);
            }
            for (const name of lookup(simpleName(ref.text))) meant.add(name);
        };
        for (const service of index.all('service')) {
            for (const ref of service.addresses) add(ref, 'need');
            for (const ref of [...service.supportedBy, ...service.manages]) add(ref, 'service');
        }
        for (const alignment of index.all('alignment')) {
            for (const clause of alignment.aligns) {
                add(clause.need, 'need');
                for (const ref of clause.services) add(ref, 'service');
            }
        }
        return meant;
    }
};

/** Written simple name → qualified names of that kind with that simple name or a nearest one. */
function candidatesOf(index: WorkspaceIndex, kind: DeclarationKind): (written: string) => readonly string[] {
    const bySimpleName = new Map<string, string[]>();
    for (const declaration of index.all(kind)) {
        const simple = simpleName(declaration.qualifiedName);
        bySimpleName.set(simple, [...(bySimpleName.get(simple) ?? []), declaration.qualifiedName]);
    }
    const nearest = new NearestNames(bySimpleName.keys());
    return written => [written, ...nearest.near(written, () => true, CANDIDATES)].flatMap(simple => bySimpleName.get(simple) ?? []);
}
