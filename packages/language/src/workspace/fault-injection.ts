/**
 * Test hook, and the only reader of `SVC_FAULT_INJECT`: with `SVC_FAULT_INJECT=model`, building
 * any document's model throws, so that the end-to-end tests (test/reliability/) can check how
 * the CLI and the language server report an internal error without needing a real bug.
 */
export function throwIfFaultInjected(): void {
    if (process.env['SVC_FAULT_INJECT'] === 'model') {
        throw new Error('fault injected by SVC_FAULT_INJECT=model');
    }
}
