/* eslint-disable no-undef */
// The runtime's CustomFunctions global, as the functions expect it in Excel (the bench's processes).
class CustomFunctionsError extends Error {
  constructor(code, message) {
    super(message || "");
    this.code = code;
  }
}
globalThis.CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
  associate: () => undefined,
};
