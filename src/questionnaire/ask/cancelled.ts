/** Thrown when the person presses Ctrl-C (or Escape) at a prompt; callers save what was answered. Kept free of clack so main can catch it cheaply. */
export class Cancelled extends Error {
  override readonly name = "Cancelled";
}
