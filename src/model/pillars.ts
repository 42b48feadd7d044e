/** The seven pillars in the order the questionnaire, reports and roadmap present them. */
export const PILLAR_IDS = ["identity", "devices", "network", "workloads", "data", "monitoring", "automation"] as const;
export type PillarId = (typeof PILLAR_IDS)[number];
