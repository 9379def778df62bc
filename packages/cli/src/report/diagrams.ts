import { renderView, serviceSubjects, WHOLE_WORKSPACE, type DiagramInput, type DiagramScope, type Theme, type ViewName } from '@svc-lang/diagram';
import { diagramFile } from '../diagram-files.js';
import type { DiagramEntry } from './content.js';
import { serviceLabels } from './labels.js';

/** What each picture shows, in words for a reader who has not met the notation. */
const CAPTIONS: Record<ViewName, string> = {
    stack: 'Business needs at the top; below them the services, one band per level from business engineering down to IT operations, with the services each relies on. Marked shapes carry a finding.',
    alignment:
        'How the organisation answers change: each change or gap, the need it touches, the services that cover the need, how those services were assessed, and the alignment that responded, with the effect on TBE it claims beside the effect the assessments measure.',
    agility:
        'Each need and change on a time line, from when it was raised to its first response, split where the response was decided into planning and delivery; open bars have had no response yet and run on to the date the report measures at.',
    profile:
        "What the business requires and expects of the service, what the specification commits to, what the business experiences, and IT's own view of it, per property (0–100). Where IT's line lies outside the business's, IT thinks better of the service than its users do.",
    gaps: "The gaps between those values per property, in points: bars left of zero are shortfalls, right of zero surpluses. The last row, PG, is IT's view minus the business's experience: there, a bar right of zero is the problem."
};

/**
 * Every diagram of the workspace, in reading order: the whole-workspace views, then the profile
 * and gap chart of each service with SEM values. Their ids differ (see @svc-lang/diagram), so all can
 * share one HTML page.
 */
export async function reportDiagrams(input: DiagramInput, theme: Theme, scope: DiagramScope = WHOLE_WORKSPACE): Promise<DiagramEntry[]> {
    const label = serviceLabels(input.model);
    const entries: DiagramEntry[] = [];
    const draw = async (view: ViewName, heading: string, element?: string) => {
        const svg = await renderView(input, view, { theme, scope, ...(element === undefined ? {} : { element }) });
        const elements = [...new Set([...(element === undefined ? [] : [element]), ...drawnElements(svg)])];
        entries.push({ file: diagramFile(view, element), heading, caption: CAPTIONS[view], svg, elements });
    };
    await draw('stack', 'Service stack');
    await draw('alignment', 'Total alignment');
    await draw('agility', 'Agility');
    for (const service of serviceSubjects(input)) {
        await draw('profile', `${label(service)}: experience profile`, service);
        await draw('gaps', `${label(service)}: SEM gaps`, service);
    }
    return entries;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * The names the diagram marks its elements with (`data-element`, documented for every view), as
 * written in the model: the attribute values unescaped. Names that are no declaration's (a
 * profile's property axes) match no finding and do no harm.
 */
function drawnElements(svg: string): string[] {
    return [...svg.matchAll(/\sdata-element="([^"]*)"/g)].map(match => match[1]!.replace(/&(?:amp|lt|gt|quot|#39);/g, entity => ENTITIES[entity]!));
}
