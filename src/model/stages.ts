/** CISA Zero Trust Maturity Model v2.0 stages, lowest first; the index is the numeric level. */
export const STAGES = ["traditional", "initial", "advanced", "optimal"] as const;
export type Stage = (typeof STAGES)[number];

export const stageLevel = (stage: Stage): number => STAGES.indexOf(stage);
export const stageAt = (level: number): Stage => STAGES[Math.max(0, Math.min(3, Math.floor(level)))]!;
export const minStage = (stages: Stage[]): Stage => stageAt(Math.min(...stages.map(stageLevel)));
export const maxStage = (stages: Stage[]): Stage => stageAt(Math.max(...stages.map(stageLevel)));
