/**
 * A workspace whose names and titles try every way out of the text they are put in: HTML and
 * SVG (`</script>`, an `<img onerror>`, `<!--`/`-->`, `<style>`), Markdown (links, backticks)
 * and Mermaid (a quote ending the label, a line break starting a `click … javascript:` line,
 * Mermaid's own `#quot;` entities, `%%{init: …}%%` directives whose `themeCSS` would hide the
 * flagged nodes). Each script would set `window.pwned` or open a dialog.
 */
export const HOSTILE_SVC = String.raw`package evil

need Evil "\"><img src=x onerror=alert(1)> --> ${'`'}rm -rf${'`'} javascript:alert(1)" { raised 2010-01-01  requires { functionality 80 } }
service Bad "</script><script>window.pwned=1</script>" at development { addresses Evil }
service Click "x\"]\nclick n0 \"javascript:alert(1)\"\n%% [link](javascript:alert(1)) <!-- #quot; #lt; %%{init: {'themeCSS': '.error{display:none}'}}%%" at it-operations { supportedBy Bad }
spec Promise for Bad "& <b>bold</b> ' \\" { commits { functionality 20 } }
assessment Hack of Bad "<script>alert('x')</script>" { date 2010-02-01  score functionality 10 "</title><script>window.pwned=2</script>" }
change Shift "]]><!-- x --><svg onload=alert(1)> %%{wrap}%% %%{init: {'theme': 'dark'}}%%" { date 2010-01-01  affects Evil }
alignment Fix "<style>*{display:none}</style>" { aligns Evil with Bad  responded 2010-03-01 }
`;

/** A file name is user text too: it appears in every finding's place and in the report's subtitle. */
export const HOSTILE_FILE = 'e`v<img src=x onerror=alert(1)>l](javascript:alert(1)) *x* -->.svc';

/** Titles as the reader must see them, as plain text. */
export const HOSTILE_TITLES = ['</script><script>window.pwned=1</script>', '"><img src=x onerror=alert(1)> --> `rm -rf` javascript:alert(1)'];
