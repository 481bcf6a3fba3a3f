/*
 * Every function of a typed stand-in wrapped in jest.fn, keeping its parameters and result.
 * `jest.fn(async () => x)` on its own infers a mock that takes no parameters, which tsc rejects
 * where the real function takes some, and which checks nothing about what the stand-in returns.
 * Written as `mockAll<WorkbookService>({ list: async () => [...], ... })`, each implementation is
 * typed by the interface (its result is checked, its parameters are inferred) and each member of
 * the result is a jest.Mock whose calls are typed.
 */
export type MockedAll<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? jest.Mock<R, A> : T[K];
};

export function mockAll<T extends object>(impl: T): MockedAll<T> {
  const mocked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(impl)) {
    mocked[key] = typeof value === "function" ? jest.fn(value as (...args: unknown[]) => unknown) : value;
  }
  return mocked as MockedAll<T>;
}
