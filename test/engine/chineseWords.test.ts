/* The method and direction words a Chinese plan sheet writes are accepted wherever the codes are. */
import { parseDirection, parseMethod } from "../../src/engine";
import { FUNCTIONS } from "../support/functionTable";
import { T1 } from "../support/specExamples";

describe("Chinese method and direction words", () => {
  test.each([
    ["超额累进", "marginal"],
    ["全额累进", "retro"],
    // Earlier versions' words, still on existing plan sheets.
    ["累进", "marginal"],
    ["全额追溯", "retro"],
    ["全额", "retro"],
    [" 线性插值 ", "linear"],
    ["线性", "linear"],
  ])("%s is the method %s", (word, code) => {
    expect(parseMethod(word)).toBe(code);
  });

  test("越高越好 / 越低越好 are the directions higher / lower; other words are still refused", () => {
    expect(parseDirection("越高越好")).toBe("higher");
    expect(parseDirection(" 越低越好")).toBe("lower");
    expect(parseDirection("Lower")).toBe("lower");
    expect(() => parseDirection("越低")).toThrow(/Unknown direction/);
    expect(() => parseMethod("阶梯")).toThrow(/Unknown method/);
  });

  test("the functions pay the same with the Chinese word as with the code", () => {
    expect(FUNCTIONS.PAYOUT([[120000]], T1, "累进", null, null, null)).toEqual([[3500]]);
    expect(FUNCTIONS.PAYOUT([[120000]], T1, "全额追溯", null, null, null)).toEqual([[6000]]);
    expect(FUNCTIONS.PAYOUT([[120000]], T1, "超额累进", null, null, null)).toEqual([[3500]]);
    expect(FUNCTIONS.PAYOUT([[120000]], T1, "全额累进", null, null, null)).toEqual([[6000]]);
    expect(FUNCTIONS.ATTAINMENT([[2]], [[4]], "越低越好")).toEqual(FUNCTIONS.ATTAINMENT([[2]], [[4]], "lower"));
    expect(FUNCTIONS.ATTAINMENT([[2]], [[4]], "越低越好")).not.toEqual(FUNCTIONS.ATTAINMENT([[2]], [[4]], "higher"));
  });
});
