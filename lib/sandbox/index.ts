export { startSandbox, createSandboxHandler, type RunningSandbox } from "./server";
export { Simulator, type SimRequest, type SimResponse } from "./simulator";
export type { SandboxOptions, SandboxFaults, ConfigPatch } from "./options";
