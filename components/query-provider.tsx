"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";

/**
 * A react-query cache for the live parts of a page (the message page's polling). Only the pages that
 * poll wrap themselves in it, so the others do not load react-query at all.
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  // One client per mounted page; created lazily so server renders never share a cache.
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 5_000, refetchOnWindowFocus: true, retry: 1 } } }),
  );
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
