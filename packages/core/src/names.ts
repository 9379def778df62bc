/**
 * How names are put together, in one place for the model builder, the scope provider, quick
 * fixes and every output: a qualified name is the package and the simple name joined by `.`,
 * and a simple name is looked up in its file's own package, then each imported package in
 * order, then the root package ('').
 */

/** `acme.it` + `Hosting` → `acme.it.Hosting`; in the root package the name alone. */
export function qualify(pkg: string, name: string): string {
    return pkg === '' ? name : `${pkg}.${name}`;
}

/** The packages a simple name written in a file is looked up in, in order, each once. */
export function lookupPackages(pkg: string, imports: readonly string[]): string[] {
    return [...new Set([pkg, ...imports, ''])];
}

/**
 * A name as svc compares it: NFC-normalised (language revision 2), so a name typed with a
 * combining accent and one with the precomposed letter are the same. ASCII, by far the most
 * common case, is returned as it is without the cost of normalising.
 */
export function normalName(name: string): string {
    return /[^\x00-\x7f]/.test(name) ? name.normalize('NFC') : name;
}

/** A simple name as the lexer reads one (UAX #31: XID_Start or `_`, then XID_Continue). */
export const NAME = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;

/** A simple or qualified name, written anywhere in a message or a typed prefix. */
export const QUALIFIED_NAME_SOURCE = String.raw`[\p{XID_Start}_][\p{XID_Continue}.]*`;

export function isName(text: string): boolean {
    return NAME.test(text);
}

/** URI text with its percent-escapes decoded for people to read; a malformed escape is shown as written. */
export function decodedUriText(text: string): string {
    try {
        return decodeURIComponent(text);
    } catch {
        return text;
    }
}

/** How messages, captions and quick fixes name a file: `file:///w/it%20plan.svc` → `it plan.svc`. */
export function uriFileName(uri: string): string {
    return decodedUriText(uri.slice(uri.lastIndexOf('/') + 1));
}
