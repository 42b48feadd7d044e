/** Organization profile values that shape the questionnaire, the evidence scope and the generated repository. */
export const IDENTITY_PROVIDERS = ["okta", "entra-id", "google", "identity-center", "none"] as const;
export const IAC_FLAVORS = ["terraform", "cloudformation"] as const;
export const CI_SYSTEMS = ["github-actions", "codepipeline"] as const;

export type IdentityProvider = (typeof IDENTITY_PROVIDERS)[number];
export type IacFlavor = (typeof IAC_FLAVORS)[number];
export type CiSystem = (typeof CI_SYSTEMS)[number];

export interface OrganizationProfile {
  name: string;
  regions: string[];
  homeRegion: string;
  identityProvider: IdentityProvider;
  iac: IacFlavor;
  ci: CiSystem;
}

/** Commercial-partition region names; a typo here would silently widen the region-deny SCP. */
export const REGION_PATTERN = /^(us|eu|ap|sa|ca|me|af|il|mx)-(north|south|east|west|central|northeast|southeast|northwest|southwest)-\d$/;
