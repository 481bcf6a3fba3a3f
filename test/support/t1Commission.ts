/* The SPEC's T1 tier table as a commission program, shared by the engine's analytics tests. */
import { ProgramDefinition, programTemplate } from "../../src/engine";

/** The SPEC's T1 as a commission program on one KPI ("Sales", fixed target 100,000), bounds as amounts. */
export function t1Commission(method: "marginal" | "retro" = "marginal", decimals = 2): ProgramDefinition {
  const p = programTemplate("resellerRebate");
  p.method = method;
  p.decimals = decimals;
  p.tiers = [
    { bound: 0, rate: 0.02, label: "Bronze" },
    { bound: 50000, rate: 0.03, label: "Silver" },
    { bound: 100000, rate: 0.05, label: "Gold" },
  ];
  p.kpis[0].target = 100000;
  return p;
}
