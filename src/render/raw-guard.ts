import type {} from "handlebars"; // declares the global `hbs` AST namespace

type Node = hbs.AST.Node;
export interface GuardProblem {
  line: number;
  column: number;
  expression: string;
  message: string;
}

const BLOCK_HELPERS = new Set(["if", "unless", "each", "with"]);

/**
 * Walks a parsed template and refuses every way text could reach the output without an escaping
 * helper: bare `{{path}}`, triple-stash `{{{x}}}`, `{{this}}`, `{{@index}}`, a non-output helper
 * used as a mustache, partials and decorators. Returns all problems, not just the first.
 */
export function findRawInterpolations(program: hbs.AST.Program, outputHelpers: ReadonlySet<string>, allHelpers: ReadonlySet<string>): GuardProblem[] {
  const problems: GuardProblem[] = [];
  const report = (node: Node, expression: string, message: string) =>
    problems.push({ line: node.loc?.start.line ?? 0, column: (node.loc?.start.column ?? 0) + 1, expression, message });

  const visitExpr = (expr: hbs.AST.Expression) => {
    if (expr.type === "SubExpression") {
      const sub = expr as hbs.AST.SubExpression;
      const name = pathName(sub.path);
      if (!name || !allHelpers.has(name)) report(sub, `(${show(sub)})`, `"${name ?? "?"}" is not a helper`);
      sub.params.forEach(visitExpr);
      sub.hash?.pairs.forEach((p) => visitExpr(p.value));
    }
  };

  const visit = (node: Node | undefined | null) => {
    if (!node) return;
    switch (node.type) {
      case "Program":
        (node as hbs.AST.Program).body.forEach(visit);
        return;
      case "ContentStatement":
      case "CommentStatement":
        return;
      case "MustacheStatement": {
        const m = node as hbs.AST.MustacheStatement;
        const name = pathName(m.path);
        const text = `{{${m.escaped ? "" : "{"}${show(m)}${m.escaped ? "" : "}"}}}`;
        if (!m.escaped) report(m, text, "triple-stash inserts text unescaped; use an escaping helper such as json, hcl, yaml, md or sh");
        else if (!name || !outputHelpers.has(name))
          report(m, text, "raw interpolation is not allowed; wrap the value in an escaping helper for the file's language (json, hcl, yaml, md, sh, slug, text)");
        else if (!m.params.length) report(m, text, `helper "${name}" needs a value`);
        m.params.forEach(visitExpr);
        m.hash?.pairs.forEach((p) => visitExpr(p.value));
        return;
      }
      case "BlockStatement": {
        const b = node as hbs.AST.BlockStatement;
        const name = pathName(b.path);
        if (!name || !BLOCK_HELPERS.has(name)) report(b, `{{#${show(b)}}}`, `only the block helpers ${[...BLOCK_HELPERS].join(", ")} are allowed`);
        b.params.forEach(visitExpr);
        b.hash?.pairs.forEach((p) => visitExpr(p.value));
        visit(b.program);
        visit(b.inverse);
        return;
      }
      default:
        report(node, node.type, "partials and decorators are not supported in templates");
    }
  };
  visit(program);
  return problems;
}

function pathName(path: hbs.AST.PathExpression | hbs.AST.Literal): string | undefined {
  if (path.type !== "PathExpression") return undefined;
  const p = path as hbs.AST.PathExpression;
  // `this.x`, `@index`, `../x` and dotted paths are data, never helpers.
  return !p.data && p.parts.length === 1 && !p.original.startsWith("this") && !p.original.includes("/") && !p.original.startsWith(".") ? p.original : undefined;
}

function show(node: { path: hbs.AST.PathExpression | hbs.AST.Literal; params: hbs.AST.Expression[] }): string {
  const part = (e: hbs.AST.Expression): string => {
    if (e.type === "PathExpression") return (e as hbs.AST.PathExpression).original;
    if (e.type === "SubExpression") return `(${show(e as hbs.AST.SubExpression)})`;
    if (e.type === "StringLiteral") return JSON.stringify((e as hbs.AST.StringLiteral).value);
    return String((e as hbs.AST.Literal & { value?: unknown }).value ?? e.type);
  };
  return [part(node.path), ...node.params.map(part)].join(" ");
}
