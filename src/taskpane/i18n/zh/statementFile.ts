/* 合作伙伴结算单文件（Excel.createWorkbook）：单个合作伙伴，或逐个为每个合作伙伴生成（docs/cycle.md“Statement files”）。 */
import type { en } from "../en";

export const statementFile: (typeof en)["statementFile"] = {
  intro:
    "仅含所选合作伙伴的数据，以数值（不含公式）写入一个单独的新工作簿。Excel 会在单独的窗口中打开它，尚未保存：请用您选定的文件名保存后再发送。加载项无法为它命名或保存。",
  allowNote: "Excel 网页版会先询问是否允许加载项新建工作簿；在 Mac 上，新窗口可能在当前窗口之后打开。",
  notSupported:
    "此版本的 Excel 不支持由加载项打开新工作簿（需要 ExcelApi 1.8）：结算单将写在本工作簿中单独的工作表上。发送时，请右键单击工作表标签，选择“移动或复制…”到“(新工作簿)”，然后保存。",
  previewFile: (name) => `新工作簿，仅含${name}的结算单，以数值（不含公式）写入。`,
  onSheet: "改为写在本工作簿的工作表上",
  opening: (name) => `正在生成${name}的结算单文件…`,
  openedTitle: "结算单文件已打开",
  opened: (name, sheet) =>
    `Excel 已将${name}的结算单作为新工作簿打开（工作表“${sheet}”）。该工作簿尚未保存：请保存后发送给${name}。`,
  openFailed: "未能打开结算单文件",

  every: (count) => `为每个合作伙伴生成结算单文件（${count}）…`,
  confirmHeading: (count) => `打开 ${count} 个工作簿？`,
  confirmBody: (count) =>
    `每个合作伙伴的结算单都会作为新工作簿在单独的窗口中打开：共 ${count} 个窗口，逐个打开。两次打开之间可以停止。`,
  confirmOpen: (count) => `打开 ${count} 个工作簿`,
  progressLabel: "结算单文件",
  progress: (done, total, name) => `正在打开第 ${done} 个，共 ${total} 个：${name}`,
  stop: "停止",
  stopping: "打开当前这一个后停止…",
  stopped: (done, total) => `已停止：已打开 ${done} 个结算单文件，共 ${total} 个。它们都尚未保存。`,
  allOpened: (count) =>
    `已打开 ${count} 个结算单文件，每个合作伙伴一个工作簿。它们都尚未保存：请逐个保存，再发送给对应的合作伙伴。`,
  failedAt: (name, done, total) => `在${name}的结算单处停止：此前已打开 ${done} 个，共 ${total} 个。`,
};
