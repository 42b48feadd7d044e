import type { Assessment } from "../assessment/model.js";
import { stageLevel, type Stage } from "../model/stages.js";
import type { AnswersFile } from "../questionnaire/answers-schema.js";
import { isVisible } from "../questionnaire/conditions.js";
import type { Questionnaire } from "../questionnaire/model.js";
import type { AnswerMove } from "./model.js";

/** Question id -> the answer today and the stage that counts (evidence-capped), for visible answered questions. */
export type CurrentAnswers = Map<string, { answer: string; stage: Stage }>;

export function currentAnswers(assessment: Assessment): CurrentAnswers {
  const out: CurrentAnswers = new Map();
  for (const p of assessment.pillars)
    for (const c of p.capabilities) for (const q of c.questions) out.set(q.id, { answer: q.answer, stage: q.verifiedStage ?? q.answeredStage });
  return out;
}

/**
 * The answers a step's effects would move up: an effect is in place when its question is hidden
 * for this org or its stage today (evidence-capped, so a contradicted answer is not in place)
 * already reaches the effect's option.
 */
export function movesOf(effects: Record<string, string>, questionnaire: Questionnaire, answers: AnswersFile, current: CurrentAnswers): AnswerMove[] {
  const moves: AnswerMove[] = [];
  for (const [id, to] of Object.entries(effects)) {
    const q = questionnaire.questions.get(id)!;
    if (!isVisible(q, answers)) continue;
    const toStage = q.options.find((o) => o.value === to)!.stage;
    const now = current.get(id);
    const fromStage = now?.stage ?? "traditional";
    if (stageLevel(fromStage) < stageLevel(toStage)) moves.push({ question: id, from: now?.answer ?? null, to, fromStage, toStage });
  }
  return moves;
}

/** The answers once these moves are made; an answer only ever goes up (a lower move is ignored). */
export function applyMoves<A extends AnswersFile>(answers: A, moves: AnswerMove[], questionnaire: Questionnaire): A {
  const next = { ...answers.answers };
  for (const m of moves) {
    const q = questionnaire.questions.get(m.question)!;
    const now = q.options.find((o) => o.value === next[m.question]);
    if (!now || stageLevel(now.stage) < stageLevel(m.toStage)) next[m.question] = m.to;
  }
  return { ...answers, answers: next };
}
