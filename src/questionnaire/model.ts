import type { PillarId } from "../model/pillars.js";
import type { Condition, EvidenceLink, QuestionOption } from "./schema.js";

export interface Capability {
  /** Qualified id, `<pillar>.<capability>`, e.g. `identity.authentication`. */
  id: string;
  pillar: PillarId;
  title: string;
  cisa: string;
  core: boolean;
  description: string;
}

export interface Question {
  id: string;
  pillar: PillarId;
  /** Qualified capability id. */
  capability: string;
  prompt: string;
  help: string;
  options: QuestionOption[];
  default: string;
  when: Condition[];
  /** The checks that speak to this question and what each proves; `at` formats an error located at the link. */
  evidence: (EvidenceLink & { at(message: string): string })[];
}

export interface Pillar {
  id: PillarId;
  title: string;
  principle: string;
  services: string[];
  capabilities: Capability[];
  questions: Question[];
}

/** All seven pillars, in PILLAR_IDS order, with lookups by id. */
export interface Questionnaire {
  pillars: Pillar[];
  questions: Map<string, Question>;
  capabilities: Map<string, Capability>;
}
