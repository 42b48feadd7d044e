/** Text from AWS (account names, resource names, finding details) with control characters blanked, so it cannot drive the terminal. */
// eslint-disable-next-line no-control-regex
export const printable = (s: string): string => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ");
