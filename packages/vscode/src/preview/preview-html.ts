/** What the page needs from its host: all of it configuration, none of it model data. */
export interface PreviewPageOptions {
    /** The webview's `cspSource`: the origin the bundle's files are served from. */
    cspSource: string;
    /** New for every page, from `crypto`: only scripts carrying it run. */
    nonce: string;
    scriptUri: string;
    styleUri: string;
}

/**
 * The preview page, as VS Code's webview guide asks: nothing is allowed by default; the only
 * script is the bundle, by nonce; styles come from the bundle's folder or carry the nonce
 * (the diagram's own `<style>`, which the script stamps). The diagram arrives later by
 * message, so no data ever sits in the markup. The nonce is checked to be base64url; the
 * URIs come from the webview itself and are escaped as attribute values all the same.
 */
export function previewHtml({ cspSource, nonce, scriptUri, styleUri }: PreviewPageOptions): string {
    if (!/^[A-Za-z0-9_-]{16,}$/.test(nonce)) throw new Error('a nonce must be at least 16 characters of [A-Za-z0-9_-]');
    const csp = [
        "default-src 'none'",
        `style-src ${cspSource} 'nonce-${nonce}'`,
        `script-src 'nonce-${nonce}'`,
        `font-src ${cspSource}`,
        "base-uri 'none'",
        "form-action 'none'"
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attribute(styleUri)}">
<title>Alignment preview</title>
</head>
<body>
<header class="toolbar">
<select id="view" aria-label="View"></select>
<select id="element" aria-label="Service" hidden></select>
<select id="scope" aria-label="Scope" title="What the stack, alignment and agility views draw"></select>
<input id="depth" type="number" min="0" max="9" step="1" aria-label="Steps from the declaration under the caret" title="Steps from the declaration under the caret" hidden>
<button id="manages" type="button" aria-pressed="true" title="Draw the manages edges of the service-management band" hidden>Manages</button>
<button id="fit" type="button" title="Fit the diagram to the panel (its text stays readable)">Fit</button>
<button id="actual" type="button" title="Natural size (0)">100%</button>
<button id="zoom-out" type="button" title="Zoom out (−, or Ctrl and the wheel)" aria-label="Zoom out">−</button>
<button id="zoom-in" type="button" title="Zoom in (+, or Ctrl and the wheel)" aria-label="Zoom in">+</button>
<button id="follow" type="button" aria-pressed="true" title="Follow the editor's caret: mark the declaration it is in">Follow</button>
<button id="export" type="button" title="Export SVG…" aria-label="Export SVG…">SVG…</button>
</header>
<div id="banner" role="status" hidden></div>
<main id="viewport"><div id="canvas"></div></main>
<script nonce="${nonce}" src="${attribute(scriptUri)}"></script>
</body>
</html>
`;
}

function attribute(value: string): string {
    return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
