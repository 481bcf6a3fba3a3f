import type { en } from "../en";

export const common: (typeof en)["common"] = {
  retry: "重试",
};
