/**
 * What `svc init` writes: a small workspace that validates with no diagnostic at all, so that
 * every finding a user sees later comes from their own edits. It shows each declaration kind
 * once, in the roles the rules expect: a business need covered by a service that stands on the
 * core IT levels and is managed; a spec the business agreed; an assessment by business and IT
 * together (triangulated); an alignment with governance, risk, resources, a response within
 * maxResponseDays and its TBE before and after. Every date lies in the past, so no rule depends
 * on the day the workspace is validated.
 */

/** The extension `.vscode/extensions.json` recommends: `publisher.name` of packages/vscode. */
export const EXTENSION_ID = 'svc-tools.svc-vscode';

export interface ScaffoldFile {
    /** Relative to the workspace folder, with `/`. */
    path: string;
    content: string;
}

const POLICY = `// The root package's policy: every package's settings start here. A package's own policy
// overrides them setting by setting, and svc validate's options override both.
policy {
  tolerance 10
  maxResponseDays 90
}
`;

const BUSINESS = `// The business side: who speaks for the business, and what it needs.
package business

stakeholder Sponsor "Business sponsor" {
  perspective business
  role "Owns the order-to-cash process"
}

need OrderIntake "Take customer orders online" {
  raisedBy Sponsor
  raised 2026-01-05
  priority high
  objective "Customers order without calling us"
  context external
  requires { functionality 80  performance 75 }
  expects { functionality 85  performance 80 }
}
`;

const IT = `// The IT side: the service stack that answers the need, and what IT commits to.
package it

import business

stakeholder ItLead "Head of IT services" {
  perspective it
  role "Runs the services below"
}

service Ordering "Online ordering" at business-process-execution {
  nature mix 60% product
  provider internal
  owner ItLead
  addresses OrderIntake
  supportedBy SolutionDesign, OrderApplication
}

service SolutionDesign "Solution design" at service-design {
  nature service
  provider internal
  owner ItLead
  supportedBy OrderApplication
}

service OrderApplication "Order application" at development {
  nature product
  provider internal
  owner ItLead
  supportedBy Hosting
}

service Hosting "Application hosting" at it-operations {
  nature service
  provider cloud
  owner ItLead
}

service ServiceManagement "IT service management" at service-management {
  nature service
  provider internal
  owner ItLead
  manages Ordering, SolutionDesign, OrderApplication, Hosting
}

// Agreed by the business, not only by IT: a spec only IT signed is IT grading itself.
spec OrderingAgreement for Ordering "Online ordering service agreement" {
  version "1.0"
  agreedBy Sponsor, ItLead
  commits { functionality 85  performance 80 }
  metric availability 99.5% measures performance
  metric timeToFix 1d measures support
}
`;

const GOVERNANCE = `// What business and IT do together: score the service as it is experienced, and respond.
package governance

import business
import it

// Scored by the business and IT together, so the experience is triangulated.
assessment FirstReview of Ordering "First review of online ordering" {
  date 2026-03-02
  assessors Sponsor, ItLead
  score functionality 84
  score performance 82
  score understanding 75 "Weekly check-ins with the sponsor"
}

alignment Launch "Launch online ordering" {
  aligns OrderIntake with Ordering
  governance { forum "Order-to-cash board"  accountable Sponsor, ItLead }
  risk medium "Orders lost while the old process is switched off"
  resources { budget 40000 EUR  people 3 }
  decided 2026-01-20
  responded 2026-02-27
  tbe before 48 after 63
}
`;

/** examples/ci/github-workflow.yml, with the CLI of this version (a test keeps the two equal). */
function workflow(version: string): string {
    return `# Checks the .svc files of the repository on every push to main and every pull request.
# Findings appear as annotations on the pull request (--format github) and as code scanning
# alerts (--format sarif); the job fails when there are errors.
name: svc

on:
  push:
    branches: [main]
  pull_request:

permissions:
  contents: read

jobs:
  validate:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      security-events: write # lets upload-sarif write code scanning alerts
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with:
          node-version: 24
      - name: Install svc
        run: npm install --global @svc-lang/cli@${version}
      - name: SARIF for code scanning
        # The next step decides whether the job fails; this one only has to produce the file.
        continue-on-error: true
        run: svc validate --format sarif --output svc.sarif
      - name: Upload to code scanning
        uses: github/codeql-action/upload-sarif@v4
        with:
          sarif_file: svc.sarif
          category: svc
      - name: Annotate the pull request
        run: svc validate --format github
`;
}

/** Every file of a new workspace; `version` is the CLI's, which the CI workflow installs. */
export function scaffold(version: string): ScaffoldFile[] {
    return [
        { path: 'policy.svc', content: POLICY },
        { path: 'business.svc', content: BUSINESS },
        { path: 'it.svc', content: IT },
        { path: 'governance.svc', content: GOVERNANCE },
        { path: '.vscode/extensions.json', content: `${JSON.stringify({ recommendations: [EXTENSION_ID] }, null, 2)}\n` },
        { path: '.github/workflows/svc.yml', content: workflow(version) }
    ];
}
