import { PassThrough } from "node:stream";
import { main } from "../../src/cli/main.js";

/**
 * A fake terminal for the wizard: the real clack prompts read key presses from `stdin` and draw
 * on `stdout`. Tests wait for a prompt to be drawn, then type.
 */
export class Terminal {
  readonly stdin = new PassThrough();
  readonly stdout = new PassThrough();
  readonly stderr = new PassThrough();
  out = "";
  err = "";
  private mark = 0;
  private waiters: (() => void)[] = [];

  constructor(columns = 100) {
    const wake = () => this.waiters.splice(0).forEach((w) => w());
    this.stdout.on("data", (d) => ((this.out += d), wake()));
    this.stderr.on("data", (d) => ((this.err += d), wake()));
    // stderr is the same terminal: messages written there wrap to its width too.
    for (const out of [this.stdout, this.stderr]) Object.assign(out, { isTTY: true, columns, rows: 40 });
  }

  run(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<number> {
    return main({ argv, io: { stdin: this.stdin, stdout: this.stdout, stderr: this.stderr }, env: { NO_COLOR: "1", ...env }, cwd, interactive: true });
  }

  /** Resolves with the screen drawn since the last wait once it matches; the test's timeout catches a hang. */
  async waitFor(pattern: RegExp): Promise<string> {
    for (;;) {
      const screen = this.out.slice(this.mark);
      const m = pattern.exec(screen);
      if (m) {
        this.mark += m.index + m[0].length;
        return screen;
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** Waits for the next active prompt (clack draws ◆ only on the prompt awaiting input) and returns its message line. */
  async nextPrompt(): Promise<string> {
    await this.waitFor(/◆ {2}/);
    const line = this.out.slice(this.mark).split("\n")[0]!;
    return line.trim();
  }

  press(keys: string): void {
    this.stdin.write(keys);
  }
}

export const KEY = { enter: "\r", down: "\x1b[B", up: "\x1b[A", space: " ", ctrlC: "\x03" } as const;
