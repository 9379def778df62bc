import type { RawFinding } from '../../findings.js';
import { CORE_IT_LEVELS, MANAGEMENT_LEVEL, STACK_LEVELS, type Level, type Service } from '../../model.js';
import type { WorkspaceIndex } from '../index.js';
import { cycles } from '../scc.js';
import { reach, serviceGraph } from '../service-graph.js';
import { anyUnresolved, maybeMeant } from '../unresolved.js';
import { describe, finding, listing, mention } from './shared.js';

/** Rank on the stack: 0 is the top. `service-management` stands beside the stack, unranked. */
const RANK = new Map<Level, number>(STACK_LEVELS.map((level, rank) => [level, rank]));
const BUSINESS_LEVELS = new Set<Level | undefined>(STACK_LEVELS.filter(level => !CORE_IT_LEVELS.includes(level)));
const CORE_LEVELS = new Set<Level | undefined>(CORE_IT_LEVELS);

/**
 * Purposeful: covers a need, or supports or manages a purposeful service. A service whose
 * purpose hangs on an unresolved reference (its own `addresses` or `manages`, an `aligns` naming
 * it with a misspelt need, or another's `supportedBy`/`manages` that may have meant it) is left
 * to `unresolved-reference`: one slip, one finding.
 */
export function servicePurposeless(index: WorkspaceIndex): RawFinding[] {
    const graph = serviceGraph(index);
    const services = index.all('service');
    const nodes = (list: readonly Service[]) => list.map(service => graph.nodeOf.get(service.qualifiedName)!);
    const purposeful = reach(graph, nodes(services.filter(service => index.coveredNeeds(service.qualifiedName).length > 0)), graph.supporters, graph.managers);
    const meant = maybeMeant(index);
    const uncertainSeeds = [
        ...services.filter(service => meant.has(service.qualifiedName) || anyUnresolved(service.addresses) || anyUnresolved(service.manages)),
        ...alignedWithUnresolvedNeed(index)
    ];
    const uncertain = reach(graph, nodes(uncertainSeeds.filter(service => graph.nodeOf.has(service.qualifiedName))), graph.supporters, graph.managers);
    return services
        .filter(service => {
            const node = graph.nodeOf.get(service.qualifiedName)!;
            return !purposeful[node] && !uncertain[node];
        })
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
    const graph = serviceGraph(index);
    const services = index.all('service');
    const nodes = (list: readonly Service[]) => list.map(service => graph.nodeOf.get(service.qualifiedName)!);
    const reaching = reach(graph, nodes(services.filter(service => CORE_LEVELS.has(service.level))), graph.dependants);
    const uncertain = reach(graph, nodes(services.filter(service => anyUnresolved(service.supportedBy))), graph.dependants);
    return services
        .filter(service => {
            const node = graph.nodeOf.get(service.qualifiedName)!;
            return BUSINESS_LEVELS.has(service.level) && !reaching[node] && !uncertain[node];
        })
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
    const graph = serviceGraph(index);
    const findings: RawFinding[] = [];
    for (const component of cycles(graph.names.length, node => graph.supporters[node]!)) {
        const names = component.map(node => graph.names[node]!);
        const quoted = names.map(name => `'${name}'`);
        for (const name of names) {
            for (const service of index.named(name).filter((d): d is Service => d.kind === 'service' && !d.builtin)) {
                const message = `${describe(service)} lies on a supportedBy cycle: ${listing(quoted)}`;
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
