import * as React from "react";
import type { CycleService } from "./CycleService";
import { createExcelCycleService } from "./excelCycleService";

/** Without a provider, the real service: each call says Excel is not available where it is not. */
const CycleServiceContext = React.createContext<CycleService>(createExcelCycleService());

export function CycleServiceProvider(props: { service: CycleService; children: React.ReactNode }): React.JSX.Element {
  return <CycleServiceContext.Provider value={props.service}>{props.children}</CycleServiceContext.Provider>;
}

export function useCycleService(): CycleService {
  return React.useContext(CycleServiceContext);
}
