// The diagram enters the page through here only. Our emitter escapes all text and writes no
// scripts, event attributes or external references; this is the second line of defence, in
// case a bug (or another producer) ever breaks that promise: the markup is parsed into an inert
// template (nothing in it runs or loads) and everything outside what the emitter writes is
// dropped before it reaches the page. Not DOMParser: its documents inherit the page's CSP and
// report the diagram's <style> as a violation at every redraw, before the nonce can be stamped.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The elements the emitter writes, and a few harmless drawing ones. No `a`, `use`, `foreignObject`, `script`, animations. */
const ALLOWED = new Set([
    'svg',
    'g',
    'rect',
    'path',
    'circle',
    'ellipse',
    'line',
    'polyline',
    'polygon',
    'text',
    'tspan',
    'title',
    'desc',
    'style',
    'defs',
    'pattern'
]);

/**
 * The diagram as a detached `<svg>` element of this document, cleaned, with its stylesheet
 * stamped with the page's nonce (the CSP lets only stamped inline styles apply); undefined when
 * the text is not one SVG element.
 */
export function safeSvg(markup: string, nonce: string): SVGSVGElement | undefined {
    const template = document.createElement('template');
    template.innerHTML = markup;
    const [root, ...others] = template.content.children;
    if (!root || others.length > 0 || root.namespaceURI !== SVG_NS || root.localName !== 'svg') return undefined;
    clean(root);
    const svg = document.importNode(root, true) as unknown as SVGSVGElement;
    for (const style of svg.querySelectorAll('style')) style.nonce = nonce;
    return svg;
}

function clean(element: Element): void {
    for (const child of [...element.children]) {
        if (child.namespaceURI !== SVG_NS || !ALLOWED.has(child.localName)) child.remove();
        else clean(child);
    }
    for (const attribute of [...element.attributes]) {
        if (!allowedAttribute(attribute)) element.removeAttributeNode(attribute);
    }
}

/** No event handlers, no inline styles, no links out (only `#id` references), nothing naming a script URL. */
function allowedAttribute({ localName, value }: Attr): boolean {
    const name = localName.toLowerCase();
    if (name.startsWith('on') || name === 'style') return false;
    if (name === 'href') return value.startsWith('#');
    return !/^\s*(javascript|data|vbscript):/i.test(value);
}
