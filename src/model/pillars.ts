/** The seven pillars in the order the questionnaire, reports and roadmap present them. */
export const PILLAR_IDS = ["identity", "devices", "network", "workloads", "data", "monitoring", "automation"] as const;
export type PillarId = (typeof PILLAR_IDS)[number];

/** Short labels (chart axes, roadmap tables); the full titles come from the questionnaire. */
export const PILLAR_SHORT: Record<PillarId, string> = {
  identity: "Identity",
  devices: "Devices",
  network: "Network",
  workloads: "Workloads",
  data: "Data",
  monitoring: "Monitoring",
  automation: "Automation",
};
