import { CORE_IT_LEVELS, MANAGEMENT_LEVEL, STACK_LEVELS, type Level } from '@svc-lang/core';

/** The keyword that declares a node of this AST type, as users say it ('CommonDimension' → 'dimension'). */
export function kindLabel(type: string): string {
    return type === 'CommonDimension' ? 'dimension' : type.toLowerCase();
}

/** Where a level stands: its place on the stack, or beside it for service management. */
export function describeLevel(level: Level): string {
    if (level === MANAGEMENT_LEVEL) {
        return 'service management: beside the stack, applies across it';
    }
    const rank = STACK_LEVELS.indexOf(level) + 1;
    const core = (CORE_IT_LEVELS as readonly Level[]).includes(level) ? ' · core IT service' : '';
    return `stack level ${rank} of ${STACK_LEVELS.length}${core}`;
}

/** Every level, top to bottom, service management last. */
export const LEVELS: readonly Level[] = [...STACK_LEVELS, MANAGEMENT_LEVEL];

export function isLevel(text: string): text is Level {
    return (LEVELS as readonly string[]).includes(text);
}

/** `n thing` or `n things`. */
export function count(n: number, thing: string): string {
    return `${n} ${thing}${n === 1 ? '' : 's'}`;
}
