export { renderView, findService, serviceSubjects, VIEWS, SERVICE_VIEWS, UnknownElementError, type ViewName, type RenderOptions } from './render.js';
export type { DiagramInput } from './context.js';
export { SIZE_LIMITS } from './size.js';
export { signed } from './numbers.js';
export { THEMES, type Theme } from './theme.js';
export { mermaidFlowchart, MERMAID_VIEWS, type MermaidView } from './mermaid/flowchart.js';
