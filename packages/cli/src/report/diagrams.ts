import { renderView, serviceSubjects, type DiagramInput, type Theme, type ViewName } from '@svc/diagram';
import type { DiagramEntry } from './content.js';
import { serviceLabels } from './labels.js';

/** What each picture shows, in words for a reader who has not met the notation. */
const CAPTIONS: Record<ViewName, string> = {
    stack: 'Business needs at the top; below them the services, one band per level from business engineering down to IT operations, with the services each relies on. Marked shapes carry a finding.',
    alignment: 'How the organisation answers change: each change or gap, the need it touches, the services that cover the need, how those services were assessed, and the alignment that responded.',
    agility: 'Each need and change on a time line, from when it was raised to when an alignment responded to it; open bars have had no response yet.',
    profile: 'What the business requires and expects of the service, what the specification commits to, and what was experienced, per property (0–100).',
    gaps: 'The gaps between those four per property, in points; bars left of zero are shortfalls, right of zero surpluses.'
};

/**
 * Every diagram of the workspace, in reading order: the whole-workspace views, then the profile
 * and gap chart of each service with SEM values. Their ids differ (see @svc/diagram), so all can
 * share one HTML page.
 */
export async function reportDiagrams(input: DiagramInput, theme: Theme, today: string): Promise<DiagramEntry[]> {
    const label = serviceLabels(input.model);
    const entries: DiagramEntry[] = [];
    const draw = async (view: ViewName, heading: string, element?: string) => {
        const svg = await renderView(input, view, { theme, today, ...(element === undefined ? {} : { element }) });
        entries.push({ file: element === undefined ? `${view}.svg` : `${view}-${element}.svg`, heading, caption: CAPTIONS[view], svg });
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
