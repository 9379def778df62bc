import type { Level } from '@svc-lang/core';

/** How a reader names a stack level. */
export const LEVEL_LABELS: Record<Level, string> = {
    'business-engineering': 'Business engineering',
    'business-process-engineering': 'Business process engineering',
    'business-process-execution': 'Business process execution',
    'service-design': 'Service design',
    development: 'Development',
    'it-operations': 'IT operations',
    'service-management': 'Service management'
};
