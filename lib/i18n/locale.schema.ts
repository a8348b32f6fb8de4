import { z } from "zod";
import { locales } from "./locale";

export const setLocaleSchema = z.object({ locale: z.enum(locales) });
