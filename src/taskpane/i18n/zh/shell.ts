import type { en } from "../en";

export const shell: (typeof en)["shell"] = {
  title: "合作伙伴激励",
  sections: "页面",
  tabPrograms: "激励方案",
  tabNew: "新建方案",
  tabEdit: "编辑方案",
  tabInsights: "分析洞察",
  loadingWizard: "正在加载方案向导…",
  loadingInsights: "正在加载分析洞察…",
  language: "语言",
  crashTitle: "任务窗格出错了。",
  crashBody: "绘制任务窗格不会更改您的工作簿，因此此错误没有写入任何内容。",
};
