/**
 * The built-in catalogue of total-business-experience properties, always in scope.
 *
 * It is an ordinary .svc document (so it is navigable and hoverable like user code) that the
 * workspace loads before any user file. It lives in the root package, so its names resolve
 * unqualified everywhere; a user declaration with the same name is a `duplicate-name`.
 */
export const BUILTIN_URI = 'svc-builtin:/catalogue.svc';

export const BUILTIN_SOURCE = `// The total-business-experience catalogue (Miller and Woodman, UKAIS 2011).
// Five properties of the core service and five of service management; every property
// also has the dimensions leadership and budget.

dimension leadership "Leadership: how well this property is led"
dimension budget "Budget: how well this property is funded"

property infrastructure "Technical infrastructure" { group core }
property functionality "Applications and the functions they provide" { group core }
property performance "Service performance: availability, time to respond, time to fix" { group core }
property support "Service support: service desk, incidents, requests" { group core }
property delivery "Solution delivery: projects, development, change" { group core }

property understanding "IT's understanding of the business need" { group management }
property relationship "Relationship and communication" { group management }
property expectation "Managing expectation and change" { group management }
property skills "Skills and people" { group management }
property strategy "Strategy, innovation and governance" { group management }
`;

export function isBuiltinUri(uri: string): boolean {
    return uri === BUILTIN_URI;
}
