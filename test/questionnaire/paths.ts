import { fileURLToPath } from "node:url";

/** The shipped data, read from the source tree exactly as the CLI reads it from the package root. */
export const QUESTIONNAIRES = fileURLToPath(new URL("../../questionnaires", import.meta.url));
export const EXAMPLE_ANSWERS = fileURLToPath(new URL("../../examples/acme.yaml", import.meta.url));
export const DOC = fileURLToPath(new URL("../../docs/questionnaire.md", import.meta.url));
