import { createHash } from 'node:crypto';

/**
 * The longest diagram file name svc writes, in bytes. A qualified name may be as long as its
 * author likes, and file systems take 255 bytes a name: a 300-letter service once made
 * `svc render` fail halfway and the Markdown report link a file that was never written.
 */
const MAX_NAME_BYTES = 120;

/**
 * The file a diagram goes to (`svc render`, and the Markdown report's folder): `<view>.svg`, or
 * `<view>-<service>.svg` for a view of one service. A longer name is cut and ends in `~` and a
 * hash of the whole name: no qualified name holds `~`, so a cut name never equals a whole one,
 * and the hash keeps two cut names apart.
 */
export function diagramFile(view: string, service?: string): string {
    const name = service === undefined ? view : `${view}-${service}`;
    if (Buffer.byteLength(`${name}.svg`) <= MAX_NAME_BYTES) return `${name}.svg`;
    const suffix = `~${createHash('sha256').update(name).digest('hex').slice(0, 12)}.svg`;
    let head = name.slice(0, MAX_NAME_BYTES - suffix.length);
    while (Buffer.byteLength(head) + suffix.length > MAX_NAME_BYTES) head = head.slice(0, -1);
    return head + suffix;
}

/** Whether `name` is one `diagramFile` gives for `view`: of the whole workspace, or of any service. */
export function isDiagramFileOf(view: string, name: string): boolean {
    return name === `${view}.svg` || (name.startsWith(`${view}-`) && name.endsWith('.svg'));
}
