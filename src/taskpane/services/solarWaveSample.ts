/*
 * The SolarWave sample's two CSV files (assets/sample/solarwave/), bundled as text in their own
 * chunk (webpack's asset/source rule): loaded the first time the sample is asked for, so the
 * 260 KB of data stay off the first screen.
 */
import type { SolarWaveSampleCsv } from "../../workbook/contract";
import { importSampleFiles } from "./sampleFiles";

let cached: Promise<SolarWaveSampleCsv> | null = null;

export function loadSolarWaveSample(
  read: () => Promise<SolarWaveSampleCsv> = importSampleFiles,
): Promise<SolarWaveSampleCsv> {
  if (!cached) {
    cached = read().catch((e: unknown) => {
      cached = null; // a later try may succeed (e.g. the chunk failed to download)
      throw new Error(`The SolarWave sample data could not be loaded: ${e instanceof Error ? e.message : String(e)}`);
    });
  }
  return cached;
}

/** For tests: forget the loaded files. */
export function forgetSolarWaveSample(): void {
  cached = null;
}
