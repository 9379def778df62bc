import type { RawFinding } from '../../findings.js';
import { CORE_IT_LEVELS, MANAGEMENT_LEVEL, STACK_LEVELS, type Level, type Service } from '../../model.js';
import type { WorkspaceIndex } from '../index.js';
import { cycles } from '../scc.js';
import { anyUnresolved, maybeMeant } from '../unresolved.js';
import { describe, finding, listing, mention } from './shared.js';

/** Rank on the stack: 0 is the top. `service-management` stands beside the stack, unranked. */
const RANK = new Map<Level, number>(STACK_LEVELS.map((level, rank) => [level, rank]));
const BUSINESS_LEVELS = new Set<Level | undefined>(STACK_LEVELS.filter(level => !CORE_IT_LEVELS.includes(level)));
const CORE_LEVELS = new Set<Level | undefined>(CORE_IT_LEVELS);

const GRAPHS = new WeakMap<WorkspaceIndex, Map<string, Service[]>>();

/** The services each service names in `supportedBy`, resolved, keyed by qualified name; built once per index. */
function supportGraph(index: WorkspaceIndex): Map<string, Service[]> {
    const known = GRAPHS.get(index);
    if (known) return known;
    const graph = new Map<string, Service[]>();
    GRAPHS.set(index, graph);
    for (const service of index.all('service')) {
        const supporters = graph.get(service.qualifiedName) ?? [];
        for (const ref of service.supportedBy) {
            const supporter = index.resolve(ref, 'service');
            if (supporter) supporters.push(supporter);
        }
        graph.set(service.qualifiedName, supporters);
    }
    return graph;
}

/** Every service reached from the seeds by `next`, the seeds included: a breadth-first search. */
function spread(seeds: readonly Service[], next: (service: Service) => readonly Service[]): Set<string> {
    const reached = new Set(seeds.map(service => service.qualifiedName));
    const queue = [...seeds];
    // for…of over an array also visits what is pushed while it runs.
    for (const current of queue) {
        for (const service of next(current)) {
            if (reached.has(service.qualifiedName)) continue;
            reached.add(service.qualifiedName);
            queue.push(service);
        }
    }
    return reached;
}

/**
 * Purposeful: covers a need, or supports or manages a purposeful service. A service whose
 * purpose hangs on an unresolved reference (its own `addresses` or `manages`, an `aligns` naming
 * it with a misspelt need, or another's `supportedBy`/`manages` that may have meant it) is left
 * to `unresolved-reference`: one slip, one finding.
 */
export function servicePurposeless(index: WorkspaceIndex): RawFinding[] {
    const graph = supportGraph(index);
    const services = index.all('service');
    const next = (service: Service) => [...(graph.get(service.qualifiedName) ?? []), ...index.managersOf(service.qualifiedName)];
    const purposeful = spread(
        services.filter(service => index.coveredNeeds(service.qualifiedName).length > 0),
        next
    );
    const meant = maybeMeant(index);
    const uncertain = spread(
        [
            ...services.filter(service => meant.has(service.qualifiedName) || anyUnresolved([...service.addresses, ...service.manages])),
            ...alignedWithUnresolvedNeed(index)
        ],
        next
    );
    return services
        .filter(service => !purposeful.has(service.qualifiedName) && !uncertain.has(service.qualifiedName))
        .map(service =>
            finding(
                'service-purposeless',
                service,
                service.nameLocation,
                `${describe(service)} has no purpose: it covers no need and supports or manages no purposeful service`
            )
        );
}

/** The services an `aligns` clause names with a need that does not resolve. */
function alignedWithUnresolvedNeed(index: WorkspaceIndex): Service[] {
    return index
        .all('alignment')
        .flatMap(alignment => alignment.aligns.filter(clause => anyUnresolved([clause.need])))
        .flatMap(clause => clause.services.flatMap(ref => index.resolve(ref, 'service') ?? []));
}

/**
 * Walks `supportedBy` backwards from the core IT services to find every service that reaches one.
 * A service whose chain down has an unresolved `supportedBy` is left to `unresolved-reference`.
 */
export function serviceUnsupported(index: WorkspaceIndex): RawFinding[] {
    const dependants = new Map<string, Service[]>();
    for (const service of index.all('service')) {
        for (const ref of service.supportedBy) {
            const supporter = index.resolve(ref, 'service');
            if (!supporter) continue;
            const list = dependants.get(supporter.qualifiedName) ?? [];
            list.push(service);
            dependants.set(supporter.qualifiedName, list);
        }
    }
    const up = (service: Service) => dependants.get(service.qualifiedName) ?? [];
    const reaching = spread(
        index.all('service').filter(service => CORE_LEVELS.has(service.level)),
        up
    );
    const uncertain = spread(
        index.all('service').filter(service => anyUnresolved(service.supportedBy)),
        up
    );
    return index
        .all('service')
        .filter(service => BUSINESS_LEVELS.has(service.level) && !reaching.has(service.qualifiedName) && !uncertain.has(service.qualifiedName))
        .map(service =>
            finding(
                'service-unsupported',
                service,
                service.nameLocation,
                `${describe(service)} (${service.level}) reaches no core IT service (${CORE_IT_LEVELS.join(', ')}) through supportedBy`
            )
        );
}

function rankOf(service: Service): number | undefined {
    return service.level === undefined ? undefined : RANK.get(service.level);
}

export function supportInverted(index: WorkspaceIndex): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const service of index.all('service')) {
        const rank = rankOf(service);
        if (rank === undefined) continue;
        for (const ref of service.supportedBy) {
            const supporter = index.resolve(ref, 'service');
            const supporterRank = supporter && rankOf(supporter);
            if (!supporter || supporterRank === undefined || supporterRank >= rank) continue;
            const message = `${describe(service)} (${service.level}) is supported by ${mention(supporter)} at a higher level (${supporter.level})`;
            findings.push(finding('support-inverted', service, ref.location, message));
        }
    }
    return findings;
}

export function supportCycle(index: WorkspaceIndex): RawFinding[] {
    const graph = supportGraph(index);
    const successors = new Map([...graph].map(([name, supporters]) => [name, supporters.map(s => s.qualifiedName)]));
    const findings: RawFinding[] = [];
    for (const component of cycles(successors.keys(), name => successors.get(name) ?? [])) {
        const names = component.map(name => `'${name}'`);
        for (const name of component) {
            for (const service of index.named(name).filter((d): d is Service => d.kind === 'service' && !d.builtin)) {
                const message = `${describe(service)} lies on a supportedBy cycle: ${listing(names)}`;
                findings.push(finding('support-cycle', service, service.nameLocation, message));
            }
        }
    }
    return findings;
}

export function serviceUnmanaged(index: WorkspaceIndex): RawFinding[] {
    return index
        .all('service')
        .filter(service => service.level !== undefined && service.level !== MANAGEMENT_LEVEL)
        .filter(service => !index.managersOf(service.qualifiedName).some(manager => manager.level === MANAGEMENT_LEVEL))
        .map(service => finding('service-unmanaged', service, service.nameLocation, `${describe(service)} is not managed by any ${MANAGEMENT_LEVEL} service`));
}
