export { renderView, findService, serviceSubjects, VIEWS, SERVICE_VIEWS, type ViewName, type RenderOptions } from './render.js';
export type { DiagramInput } from './context.js';
export { checkScope, describeScope, UnknownElementError, UnknownScopeError, WHOLE_WORKSPACE, type DiagramScope } from './scope.js';
export { SIZE_LIMITS } from './size.js';
export { signed } from './numbers.js';
export { THEMES, type Theme } from './theme.js';
export { mermaidFlowchart, MERMAID_VIEWS, type MermaidView, type MermaidOptions } from './mermaid/flowchart.js';
