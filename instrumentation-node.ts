try {
  // Imported inside the try: validating the environment happens when lib/env.ts loads.
  const { getRuntime } = await import("./lib/runtime/runtime");
  await getRuntime();
} catch (error) {
  console.error(`Dingcast cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

export {};
