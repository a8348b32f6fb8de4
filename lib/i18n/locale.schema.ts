import * as z from "zod/mini";
import { locales } from "./locale";

export const setLocaleSchema = z.object({ locale: z.enum(locales) });
