import type { OrganizationProfile } from "../model/profile.js";
import type { AnswersFile } from "./answers-schema.js";
import { isVisible } from "./conditions.js";
import type { Questionnaire } from "./model.js";

/** The documented defaults `--yes` takes for the profile (questions carry their own `default`). */
export const PROFILE_DEFAULTS: OrganizationProfile = {
  name: "My organization",
  regions: ["us-east-1"],
  homeRegion: "us-east-1",
  identityProvider: "identity-center",
  iac: "terraform",
  ci: "github-actions",
};

/**
 * Fills every missing profile field and visible question with its default, in questionnaire order,
 * and lists the questions so filled in `defaulted` (nobody chose those answers; the report says so).
 */
export function applyDefaults(answers: AnswersFile, questionnaire: Questionnaire): AnswersFile {
  const organization = { ...PROFILE_DEFAULTS, ...answers.organization };
  if (!answers.organization.homeRegion) organization.homeRegion = organization.regions[0]!;
  const next: AnswersFile = { ...answers, organization, answers: { ...answers.answers } };
  const defaulted = new Set(answers.defaulted ?? []);
  for (const q of questionnaire.questions.values())
    if (next.answers[q.id] === undefined && isVisible(q, next)) {
      next.answers[q.id] = q.default;
      defaulted.add(q.id);
    }
  return defaulted.size ? { ...next, defaulted: [...defaulted] } : next;
}
