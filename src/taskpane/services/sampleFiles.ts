import type { SolarWaveSampleCsv } from "../../workbook/contract";

/** The sample's CSV files as text, from their own chunk (kept apart so tests can replace it). */
export async function importSampleFiles(): Promise<SolarWaveSampleCsv> {
  const [partners, installations] = await Promise.all([
    import(/* webpackChunkName: "sample" */ "../../../assets/sample/solarwave/partners.csv"),
    import(/* webpackChunkName: "sample" */ "../../../assets/sample/solarwave/installations.csv"),
  ]);
  return { partnersCsv: partners.default, installationsCsv: installations.default };
}
