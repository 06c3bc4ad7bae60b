/** What the global setup hands to every test file of a run. */
declare module "vitest" {
  export interface ProvidedContext {
    bianminAdminUrl: string;
    bianminTemplate: string;
  }
}

export {};
