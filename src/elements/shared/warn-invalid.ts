/** The console warning for an attribute value an element ignores. */
export function warnInvalid(tag: string, attribute: string, values: readonly unknown[]): void {
  console.warn(`<${tag}>: ignoring unknown ${attribute} ${values.map((value) => JSON.stringify(value)).join(', ')}.`);
}
