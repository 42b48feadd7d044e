import * as p from "@clack/prompts";
import type { Readable, Writable } from "node:stream";
import { wrapBlock } from "../../text/wrap.js";
import { Cancelled } from "./cancelled.js";


export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

/** clack bound to the given streams, so tests drive the real prompts with key presses. */
export function createPrompter(io: { stdin: Readable; stdout: Writable }) {
  const common = { input: io.stdin, output: io.stdout };
  const unwrap = <T>(value: T): Exclude<T, symbol> => {
    if (p.isCancel(value)) throw new Cancelled();
    return value as Exclude<T, symbol>;
  };
  // clack prints log lines as they are; wrapped here within its three-column gutter ("●  ", "│  ").
  const fit = (message: string) => wrapBlock(message, Math.max(40, (io.stdout as { columns?: number }).columns ?? 80) - 3);
  return {
    intro: (title: string) => p.intro(title, common),
    outro: (message: string) => p.outro(message, common),
    note: (message: string, title?: string) => p.note(message, title, common),
    info: (message: string) => p.log.info(fit(message), common),
    step: (message: string) => p.log.step(fit(message), common),
    warn: (message: string) => p.log.warn(fit(message), common),
    success: (message: string) => p.log.success(fit(message), common),
    cancel: (message: string) => p.cancel(message, common),
    select: async <T extends string>(message: string, options: Choice<T>[], initialValue?: T) =>
      unwrap(await p.select<T>({ ...common, message, options: options as p.Option<T>[], initialValue, maxItems: 12 })),
    multiselect: async <T extends string>(message: string, options: Choice<T>[], initialValues: T[]) =>
      unwrap(await p.multiselect<T>({ ...common, message, options: options as p.Option<T>[], initialValues, required: true, maxItems: 12 })),
    /** A select with a text filter: typing narrows the list (long lists such as the review). */
    search: async <T extends string>(message: string, options: Choice<T>[], initialValue?: T) =>
      unwrap(
        await p.autocomplete<T>({
          ...common,
          message,
          options: options as p.Option<T>[],
          initialValue,
          maxItems: 12,
          placeholder: "type to filter by id or question text",
          filter: (search, o) => `${o.value} ${o.label ?? ""}`.toLowerCase().includes(search.trim().toLowerCase()),
        }),
      ),
    text: async (message: string, opts: { initialValue?: string; placeholder?: string; validate?: (v: string) => string | undefined } = {}) =>
      unwrap(await p.text({ ...common, message, initialValue: opts.initialValue, placeholder: opts.placeholder, validate: (v) => opts.validate?.(v ?? "") })),
    confirm: async (message: string, initialValue = true) => unwrap(await p.confirm({ ...common, message, initialValue })),
  };
}

export type Prompter = ReturnType<typeof createPrompter>;
