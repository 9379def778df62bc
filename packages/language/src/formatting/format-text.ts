import { EmptyFileSystem, type LangiumCoreServices } from 'langium';
import { createSvcCoreServices } from '../svc-core-module.js';
import { applyReplacements, formatReplacements } from './replacements.js';

let standalone: LangiumCoreServices | undefined;

/**
 * The canonical form of a .svc text (see `separators` in layout.ts), or undefined when it has syntax
 * errors and so cannot be formatted safely. The CLI's `svc format` calls this; the editor's
 * formatter applies the same replacements as text edits. Without services, it parses with
 * services of its own, created once.
 */
export function formatSvcText(text: string, services: LangiumCoreServices = standaloneServices()): string | undefined {
    const replacements = formatReplacements(services.parser.LangiumParser.parse(text), services.Grammar);
    return replacements && applyReplacements(text, replacements);
}

function standaloneServices(): LangiumCoreServices {
    standalone ??= createSvcCoreServices(EmptyFileSystem).Svc;
    return standalone;
}
