/* The functions floor's messages in Simplified Chinese: the same keys and placeholders as messages.en.ts. */
import type { FunctionMessages } from "./messages.en";

export const FUNCTION_MESSAGES_ZH: FunctionMessages = {
  // Reading arguments
  notSingleCell: "{what}必须是单个单元格，而不是 {rows}×{cols} 的区域。",
  emptyRange: "{what}是空区域。",
  shapeMismatch: "{what}是 {shape}，但{other}是 {otherShape}；区域的形状必须相同，或为单个单元格。",
  explainOneAmount: "EXPLAIN 一次只解释一笔计酬：{what}必须是单个单元格。",
  scoreShape:
    "权重是 {weightsShape}，但达成率是 {shape}。请为每个达成率提供一个权重，或提供一行权重并让每个合作伙伴占一行达成率。",
  gateShape:
    "门槛是 {otherShape}，但实际值是 {shape}。请为每个实际值提供一个门槛，或提供一行门槛并让每个合作伙伴占一行实际值。",
  directionsShape: "方向是 {otherShape}，但门槛有 {count} 个。请为每个门槛提供一个方向，或为全部提供一个方向。",

  // Handing back a result
  resultNotFinite: "结果太大，无法表示为数字。",
  inputErrorNotReturnable: "{what}包含错误 {code}，而 Excel 不允许自定义函数返回该错误。请更正其来源单元格。",
  unexpected: "意外问题：{reason}。请连同公式的输入一起报告。",
};
