import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import AjvFormats from 'ajv-formats';

/**
 * The SARIF 2.1.0 schema (rtm.5, the release the OASIS standard was cut from), vendored from
 * the npm package @microsoft/jest-sarif 1.0.0-beta.0 (MIT) because tests run without a network.
 * It is draft-04, hence ajv-draft-04; its `language` pattern has a stray `]` that only a
 * non-unicode RegExp accepts, hence unicodeRegExp: false. ajv-formats checks the `uri` and
 * `uri-reference` formats (RFC 3986: no raw space or non-ASCII letter). Every SARIF log a test
 * produces, from the formatter or from the real CLI, is checked against it.
 */
const schema = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/sarif-2.1.0-rtm.5.json', import.meta.url)), 'utf8'));
// Both are CommonJS; under NodeNext their class and plugin are typed as `.default`.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
AjvFormats.default(ajv);
const validate = ajv.compile(schema);

/** The schema's complaints about a log, as one line each; empty when it is valid SARIF 2.1.0. */
export function sarifErrors(log: unknown): string[] {
    return validate(log) ? [] : (validate.errors ?? []).map(error => `${error.instancePath} ${error.message ?? ''}`);
}
