import { CI_SYSTEMS, IAC_FLAVORS, IDENTITY_PROVIDERS, type CiSystem, type IacFlavor, type IdentityProvider } from "../../model/profile.js";
import { AWS_REGIONS } from "../../model/regions.js";
import type { AnswersFile } from "../answers-schema.js";
import { PROFILE_DEFAULTS } from "../defaults.js";
import type { Prompter } from "./prompter.js";

const IDP_LABELS: Record<IdentityProvider, string> = {
  okta: "Okta",
  "entra-id": "Microsoft Entra ID (Azure AD)",
  google: "Google Workspace",
  "identity-center": "IAM Identity Center's own directory",
  none: "None: IAM users in each account",
};
const IAC_LABELS: Record<IacFlavor, string> = { terraform: "Terraform", cloudformation: "CloudFormation (StackSets where org-wide)" };
const CI_LABELS: Record<CiSystem, string> = { "github-actions": "GitHub Actions", codepipeline: "AWS CodePipeline + CodeBuild" };

export type ProfileField = keyof AnswersFile["organization"];

/** Asks one profile field; `force` re-asks a field that already has a value (review screen). */
export async function askProfileField(prompt: Prompter, answers: AnswersFile, field: ProfileField): Promise<void> {
  const org = answers.organization;
  switch (field) {
    case "name":
      org.name = (
        await prompt.text("Organization name (shown in the generated repository and reports)", {
          initialValue: org.name,
          placeholder: "Acme Corp",
          validate: (v) => (v.trim() ? undefined : "Enter a name"),
        })
      ).trim();
      return;
    case "regions": {
      const regions = await prompt.multiselect(
        "Regions in use (every other region will be denied by SCP)",
        AWS_REGIONS.map((r) => ({ value: r.id, label: r.id, hint: r.name })),
        org.regions ?? PROFILE_DEFAULTS.regions,
      );
      org.regions = AWS_REGIONS.map((r) => r.id).filter((id) => regions.includes(id));
      if (org.homeRegion && !org.regions.includes(org.homeRegion)) delete org.homeRegion;
      return;
    }
    case "homeRegion": {
      const regions = org.regions ?? PROFILE_DEFAULTS.regions;
      org.homeRegion = regions.length === 1 ? regions[0]! : await prompt.select("Home region (security tooling aggregates here)", regions.map((r) => ({ value: r, label: r })), org.homeRegion ?? regions[0]);
      return;
    }
    case "identityProvider":
      org.identityProvider = await prompt.select(
        "Where do your people's identities live?",
        IDENTITY_PROVIDERS.map((v) => ({ value: v, label: IDP_LABELS[v] })),
        org.identityProvider ?? PROFILE_DEFAULTS.identityProvider,
      );
      return;
    case "iac":
      org.iac = await prompt.select("Infrastructure as code for the generated baseline", IAC_FLAVORS.map((v) => ({ value: v, label: IAC_LABELS[v] })), org.iac ?? PROFILE_DEFAULTS.iac);
      return;
    case "ci":
      org.ci = await prompt.select("CI/CD system for the generated pipelines", CI_SYSTEMS.map((v) => ({ value: v, label: CI_LABELS[v] })), org.ci ?? PROFILE_DEFAULTS.ci);
      return;
  }
}

export const profileLabel = (field: ProfileField, value: unknown): string => {
  if (field === "identityProvider") return IDP_LABELS[value as IdentityProvider] ?? String(value);
  if (field === "iac") return IAC_LABELS[value as IacFlavor] ?? String(value);
  if (field === "ci") return CI_LABELS[value as CiSystem] ?? String(value);
  return Array.isArray(value) ? value.join(", ") : String(value);
};
