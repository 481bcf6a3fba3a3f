import type { en } from "../en";

export const onDemand: (typeof en)["onDemand"] = {
  loadingMenu: "正在加载菜单…",
  loadingExplain: "正在加载说明…",
  loadingDialog: "正在加载…",
  failedTitle: "窗格的这一部分未能加载",
  failedBody: (message) => `${message} 请检查网络连接后重试。`,
};
